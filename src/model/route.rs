//! The public URL contract (PRODUCT.md): what the address bar says and what it means.
//!
//! - `#<stage-id>` selects a stage; `#<stage-id>/openers` and `#<stage-id>/resources` are the
//!   later steps of that stage in a presentation; `#get-support`, `#looking-after-yourself`,
//!   `#about-this-diagram` open those panels; `#end` is the end of a presentation. Anything
//!   else shows the introduction, quietly.
//! - `?mode=present` (or `speaker`), `?embed` / `?embed=1`, `?lens=parents|children`, and
//!   `?theme=contrast` for the projector's high-contrast theme.
//!
//! Parsing never fails: every input gives a valid route.

use crate::content::outline::Outline;
use crate::content::StagePlace;

/// How the explorer is being used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Self-paced exploring (the default).
    #[default]
    Explore,
    /// Projected to an audience.
    Present,
    /// The trainer's second window during a presentation.
    Speaker,
}

/// Whose openers and resources to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lens {
    #[default]
    Both,
    Parents,
    Children,
}

impl Lens {
    pub const ALL: [Lens; 3] = [Lens::Parents, Lens::Children, Lens::Both];

    /// The word used in the URL and in storage.
    pub fn key(self) -> &'static str {
        match self {
            Lens::Both => "both",
            Lens::Parents => "parents",
            Lens::Children => "children",
        }
    }

    pub fn from_key(key: &str) -> Option<Lens> {
        Lens::ALL.into_iter().find(|l| l.key() == key)
    }

}

/// A panel of the explorer's own, reachable from every screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InfoPanel {
    GetSupport,
    SelfCare,
    About,
}

impl InfoPanel {
    pub const ALL: [InfoPanel; 3] = [InfoPanel::GetSupport, InfoPanel::SelfCare, InfoPanel::About];

    /// The panel's title, as the links to it say.
    pub fn title(self, outline: &Outline) -> &str {
        let titles = &outline.panel_titles;
        match self {
            InfoPanel::GetSupport => &titles.support,
            InfoPanel::SelfCare => &titles.self_care,
            InfoPanel::About => &titles.about,
        }
    }

    /// The panel's id in links (one of `content::RESERVED_IDS`).
    pub fn id(self) -> &'static str {
        match self {
            InfoPanel::GetSupport => "get-support",
            InfoPanel::SelfCare => "looking-after-yourself",
            InfoPanel::About => "about-this-diagram",
        }
    }
}

/// Which part of a stage a presentation step shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    #[default]
    Explanation,
    Openers,
    Resources,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Explanation, Part::Openers, Part::Resources];

    fn suffix(self) -> &'static str {
        match self {
            Part::Explanation => "",
            Part::Openers => "/openers",
            Part::Resources => "/resources",
        }
    }
}

/// What the panel is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Introduction,
    Stage(StagePlace, Part),
    Info(InfoPanel),
    /// The closing slide of a presentation.
    End,
}

impl View {
    /// The stage being shown, if any.
    pub fn stage(self) -> Option<StagePlace> {
        match self {
            View::Stage(place, _) => Some(place),
            _ => None,
        }
    }

    /// Reads a location hash (with or without its `#`); anything unknown is the introduction.
    pub fn from_hash(hash: &str, outline: &Outline) -> View {
        View::parse_hash(hash, outline).unwrap_or_default()
    }

    /// Reads a hash strictly: `None` unless it names a view (the empty hash is the
    /// introduction).
    pub fn parse_hash(hash: &str, outline: &Outline) -> Option<View> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        match hash {
            "" => return Some(View::Introduction),
            "end" => return Some(View::End),
            _ => {}
        }
        if let Some(panel) = InfoPanel::ALL.into_iter().find(|p| p.id() == hash) {
            return Some(View::Info(panel));
        }
        let (id, part) = match hash.split_once('/') {
            Some((id, "openers")) => (id, Part::Openers),
            Some((id, "resources")) => (id, Part::Resources),
            Some(_) => return None,
            None => (hash, Part::Explanation),
        };
        outline.find(id).map(|place| View::Stage(place, part))
    }

    /// The hash for this view, with its `#`; empty for the introduction.
    pub fn hash(self, outline: &Outline) -> String {
        match self {
            View::Introduction => String::new(),
            View::End => "#end".to_string(),
            View::Info(panel) => format!("#{}", panel.id()),
            View::Stage(place, part) => {
                outline.stage(place).map_or(String::new(), |s| format!("#{}{}", s.id, part.suffix()))
            }
        }
    }
}

/// Everything the URL says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub mode: Mode,
    pub embed: bool,
    pub lens: Lens,
    pub view: View,
    /// The projector's high-contrast theme (`?theme=contrast`).
    pub contrast: bool,
}

impl Route {
    /// Reads a location's query string and hash. Unknown or malformed parts are ignored.
    pub fn parse(search: &str, hash: &str, outline: &Outline) -> Route {
        let mut route = Route { view: View::from_hash(hash, outline), ..Route::default() };
        for (key, value) in query_pairs(search) {
            match (key, value) {
                ("mode", "present") => route.mode = Mode::Present,
                ("mode", "speaker") => route.mode = Mode::Speaker,
                ("embed", "" | "1" | "true") => route.embed = true,
                ("lens", lens) => route.lens = Lens::from_key(lens).unwrap_or_default(),
                ("theme", "contrast") => route.contrast = true,
                _ => {}
            }
        }
        route
    }

    /// The query string for this route, keeping any parameters of `original` it does not
    /// own (a host page may add its own). Empty when there is nothing to say.
    pub fn query(&self, original: &str) -> String {
        let ours = ["mode", "embed", "lens", "theme"];
        let mut parts: Vec<String> = query_pairs(original)
            .filter(|(k, _)| !ours.contains(k))
            .map(|(k, v)| if v.is_empty() { k.to_string() } else { format!("{k}={v}") })
            .collect();
        match self.mode {
            Mode::Explore => {}
            Mode::Present => parts.push("mode=present".into()),
            Mode::Speaker => parts.push("mode=speaker".into()),
        }
        if self.embed {
            parts.push("embed".into());
        }
        if self.lens != Lens::Both {
            parts.push(format!("lens={}", self.lens.key()));
        }
        if self.contrast {
            parts.push("theme=contrast".into());
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }
}

impl Route {
    /// A link to this route, relative to the explorer's own address: its query and hash.
    pub fn link(&self, outline: &Outline) -> String {
        format!("{}{}", self.query(""), self.view.hash(outline))
    }
}

/// `key=value` pairs of a query string (with or without its `?`); a bare `key` has an empty
/// value. Values are compared as written: none of ours needs decoding.
fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| part.split_once('=').unwrap_or((part, "")))
}
