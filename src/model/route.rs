//! The public URL contract: what the address bar says and what it means. Embedders and
//! trainers bookmark these addresses, so they stay stable.
//!
//! | part | meaning |
//! | --- | --- |
//! | `#<stage-id>` | that stage is selected; an unknown id shows the introduction, quietly |
//! | `#<stage-id>/openers`, `#<stage-id>/children`, `#<stage-id>/resources` | the later steps of a stage in a presentation: the openers with parents, with children, and the resources |
//! | `#get-support`, `#looking-after-yourself`, `#about-this-diagram`, `#responding-to-a-disclosure` | the explorer's own panels |
//! | `#end`, `#end/1`, `#end/2`… | the end of a presentation: the explorer's address, then the helplines a page at a time |
//! | `?mode=present` | the presentation layout (`?mode=speaker` is the trainer's second window) |
//! | `?embed` (or `?embed=1`) | the embedded layout |
//! | `?lens=parents`, `?lens=children` | the lens; absent means both |
//! | `?theme=contrast` | the projector's high-contrast theme |
//! | `?mirror`, `?mirror=next` | with `?mode=present`: the speaker view's miniature of what the room sees, or of the step after it |
//! | `?pair=…` | the token that pairs the windows of one presentation (the speaker view and its miniatures open with it) |
//!
//! Parsing never fails: every input gives a valid route.

use crate::content::outline::{Outline, PanelTitles};
use crate::content::{Audience, StagePlace};
use crate::contract::{id, named, url, CLOSING_PAGES};

named! {
    /// How the explorer is being used. Its name is the word in the address (`?mode=`) and on
    /// `<html>`; exploring, the default, has none.
    #[derive(Default)]
    pub enum Mode {
        /// Self-paced exploring.
        #[default]
        Explore = "",
        /// Projected to an audience.
        Present = url::PRESENT,
        /// The trainer's second window during a presentation.
        Speaker = url::SPEAKER,
    }
}

impl Mode {
    /// The word for this mode in the address (and on `<html>`); none for exploring.
    pub fn key(self) -> Option<&'static str> {
        Some(self.name()).filter(|word| !word.is_empty())
    }
}

named! {
    /// A panel of the explorer's own, reachable from every screen. Its name is its id, in links
    /// and in the page.
    pub enum InfoPanel {
        GetSupport = id::GET_SUPPORT,
        Disclosure = id::DISCLOSURE,
        SelfCare = id::SELF_CARE,
        About = id::ABOUT,
    }
}

impl InfoPanel {
    /// The panel's title, as the links to it say.
    pub fn title(self, titles: &PanelTitles) -> &str {
        match self {
            InfoPanel::GetSupport => &titles.support,
            InfoPanel::Disclosure => &titles.disclosure,
            InfoPanel::SelfCare => &titles.self_care,
            InfoPanel::About => &titles.about,
        }
    }
}

named! {
    /// Which part of a stage a presentation step shows. Its name is the word after the stage's
    /// id in the address; the explanation, the default, has none.
    #[derive(Default)]
    pub enum Part {
        #[default]
        Explanation = "",
        /// The openers for parents.
        Openers = url::OPENERS,
        /// The openers for children and young people, with the guidance on asking them.
        ChildOpeners = url::CHILD_OPENERS,
        Resources = url::RESOURCES,
    }
}

impl Part {
    /// The word after the stage's id in the address; none for the explanation.
    pub fn key(self) -> Option<&'static str> {
        Some(self.name()).filter(|word| !word.is_empty())
    }

    /// Whether a presentation through this lens has this step: a lens on parents leaves out
    /// the children's openers, and one on children the parents'.
    pub fn shown_to(self, lens: Audience) -> bool {
        !matches!((self, lens), (Part::Openers, Audience::Children) | (Part::ChildOpeners, Audience::Parents))
    }
}

/// What the panel is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Introduction,
    Stage(StagePlace, Part),
    Info(InfoPanel),
    /// A closing step of a presentation: 0 is the first (the explorer's address), then each
    /// page of helplines (see `Outline::closing`).
    End(u8),
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
        if hash.is_empty() {
            return Some(View::Introduction);
        }
        if let Some(page) = hash.strip_prefix(id::END) {
            let page = match page.strip_prefix('/') {
                None if page.is_empty() => 0,
                Some(number) => (1..=outline.closing.len() as u8).find(|page| closing_number(*page) == number)?,
                None => return None,
            };
            return Some(View::End(page));
        }
        if let Some(panel) = InfoPanel::parse(hash) {
            return Some(View::Info(panel));
        }
        let (stage, part) = match hash.split_once('/') {
            Some((stage, word)) => (stage, Part::parse(word).filter(|part| part.key().is_some())?),
            None => (hash, Part::Explanation),
        };
        outline.find(stage).map(|place| View::Stage(place, part))
    }

    /// The hash for this view, with its `#`; empty for the introduction.
    pub fn hash(self, outline: &Outline) -> String {
        match self {
            View::Introduction => String::new(),
            View::End(0) => format!("#{}", id::END),
            View::End(page) => format!("#{}/{}", id::END, closing_number(page)),
            View::Info(panel) => format!("#{}", panel.name()),
            View::Stage(place, part) => match (outline.stage(place), part.key()) {
                (Some(stage), Some(word)) => format!("#{}/{word}", stage.id),
                (Some(stage), None) => format!("#{}", stage.id),
                (None, _) => String::new(),
            },
        }
    }
}

/// Which miniature of a presentation a window is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mirror {
    /// What the room sees.
    Now,
    /// The step after it.
    Next,
}

/// Everything the address says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub mode: Mode,
    pub embed: bool,
    pub lens: Audience,
    pub view: View,
    /// The projector's high-contrast theme (`?theme=contrast`).
    pub contrast: bool,
    /// A miniature in the speaker view (`?mirror`): it follows the presentation, never leads.
    pub mirror: Option<Mirror>,
    /// The token pairing a presentation's windows (`?pair=…`), when the address gives one.
    pub pair: Option<String>,
    /// Parameters of the query that are not ours (a host page may add its own), kept as they
    /// were written.
    pub others: Vec<String>,
}

impl Route {
    /// Reads a location's query string and hash. Unknown or malformed parts are ignored.
    pub fn parse(search: &str, hash: &str, outline: &Outline) -> Route {
        let mut route = Route { view: View::from_hash(hash, outline), ..Route::default() };
        for (key, value) in query_pairs(search) {
            match (key, value) {
                (url::MODE, url::PRESENT) => route.mode = Mode::Present,
                (url::MODE, url::SPEAKER) => route.mode = Mode::Speaker,
                (url::EMBED, value) if url::EMBED_VALUES.contains(&value) => route.embed = true,
                (url::LENS, lens) => route.lens = Audience::parse(lens).unwrap_or_default(),
                (url::THEME, url::CONTRAST) => route.contrast = true,
                (url::MIRROR, "") => route.mirror = Some(Mirror::Now),
                (url::MIRROR, url::MIRROR_NEXT) => route.mirror = Some(Mirror::Next),
                (url::PAIR, token) if is_token(token) => route.pair = Some(token.to_string()),
                (url::MODE | url::EMBED | url::THEME | url::MIRROR | url::PAIR, _) => {}
                _ => route.others.push(if value.is_empty() { key.to_string() } else { format!("{key}={value}") }),
            }
        }
        route
    }

    /// The query string for this route (others' parameters first, as they were), with its
    /// `?`; empty when there is nothing to say.
    pub fn query(&self) -> String {
        let mut parts = self.others.clone();
        if let Some(mode) = self.mode.key() {
            parts.push(format!("{}={mode}", url::MODE));
        }
        if self.embed {
            parts.push(url::EMBED.to_string());
        }
        if self.lens != Audience::Both {
            parts.push(format!("{}={}", url::LENS, self.lens.name()));
        }
        if self.contrast {
            parts.push(format!("{}={}", url::THEME, url::CONTRAST));
        }
        match self.mirror {
            Some(Mirror::Now) => parts.push(url::MIRROR.to_string()),
            Some(Mirror::Next) => parts.push(format!("{}={}", url::MIRROR, url::MIRROR_NEXT)),
            None => {}
        }
        if let Some(pair) = &self.pair {
            parts.push(format!("{}={pair}", url::PAIR));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// A link to this route, relative to the explorer's own address: its query and hash.
    pub fn link(&self, outline: &Outline) -> String {
        format!("{}{}", self.query(), self.view.hash(outline))
    }
}

/// Whether a text could be a pairing token: 1 to 32 letters and digits.
pub fn is_token(text: &str) -> bool {
    (1..=32).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `key=value` pairs of a query string (with or without its `?`); a bare `key` has an empty
/// value. Values are compared as written: none of ours needs decoding.
fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .map(|part| part.split_once('=').unwrap_or((part, "")))
        .filter(|(key, _)| !key.is_empty())
}

/// A closing page's number, as written in its address (`#end/2`): its mark's, after `end-`.
pub fn closing_number(page: u8) -> &'static str {
    CLOSING_PAGES.get(usize::from(page).wrapping_sub(1)).map_or("", |part| &part[id::END.len() + 1..])
}
