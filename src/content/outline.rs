//! The part of the content the interactive app needs: ids, stage labels and titles, and the few
//! pieces of interface text it writes itself. The build writes it into the page as a JSON data
//! block (`contract::id::OUTLINE`) and the app reads it from there when it starts, so the app's
//! WebAssembly carries no content and any content file runs on the same app. Everything else
//! (explanations, openers, resources, panels, the drawing) is prerendered HTML.
//!
//! The types are declared once with [`page_data!`], which gives each both sides of the block
//! from the same list of fields: [`PageData::write`] (the build, and the editor's Download the
//! site) and [`PageData::read`] (the app). The block is a JSON list of texts, field after field
//! in declaration order: the browser parses it, and the app only takes the texts in turn, which
//! costs its WebAssembly far less than reading named fields.

use super::model::{in_cycle_order, Helplines, Labels, List, Nation, StagePlace, Text};

/// Reads the texts of the data block in turn. A missing or malformed text reads as empty and
/// marks the block as not an outline: reading never stops part-way, which keeps the app's
/// code for it small.
pub struct Reader {
    items: std::vec::IntoIter<String>,
    ok: bool,
}

impl Reader {
    // Not inlined: one call per text keeps the app's reading code small.
    #[inline(never)]
    fn next(&mut self) -> String {
        self.items.next().unwrap_or_else(|| {
            self.ok = false;
            String::new()
        })
    }
}

/// A type the page's data block carries.
pub trait PageData: Sized {
    /// Adds this value's texts to the block.
    fn write(&self, out: &mut Vec<String>);
    /// Takes this value's texts from the block.
    fn read(reader: &mut Reader) -> Self;
}

impl PageData for Text {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.to_string());
    }

    #[inline(never)]
    fn read(reader: &mut Reader) -> Self {
        Text::Owned(reader.next())
    }
}

/// A list: how many, then each.
impl<T: PageData + Clone> PageData for List<T> {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.len().to_string());
        self.iter().for_each(|item| item.write(out));
    }

    fn read(reader: &mut Reader) -> Self {
        let count = reader.next().parse().unwrap_or_else(|_| {
            reader.ok = false;
            0
        });
        List::Owned((0..count).map(|_| T::read(reader)).collect())
    }
}

/// Something or nothing: "1" then it, or "".
impl<T: PageData> PageData for Option<T> {
    fn write(&self, out: &mut Vec<String>) {
        out.push(if self.is_some() { "1" } else { "" }.to_string());
        if let Some(value) = self {
            value.write(out);
        }
    }

    fn read(reader: &mut Reader) -> Self {
        (!reader.next().is_empty()).then(|| T::read(reader))
    }
}

/// Declares a struct of the data block, with both sides of [`PageData`] from one list of fields.
macro_rules! page_data {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        impl PageData for $name {
            fn write(&self, out: &mut Vec<String>) {
                $(self.$field.write(out);)*
            }

            fn read(reader: &mut Reader) -> Self {
                $name { $($field: PageData::read(reader),)* }
            }
        }
    };
}

page_data! {
    /// What the browser needs to know about the cycle.
    pub struct Outline {
        pub title: Text,
        /// Ring stages in cycle order.
        pub stages: List<StageOutline>,
        pub hub: Option<StageOutline>,
        pub labels: AppLabels,
        /// Titles of the panels linked from every screen.
        pub panel_titles: PanelTitles,
        /// The closing pages of a presentation after the first, a character each, in order:
        /// whose helplines it lists, as [`closing_char`] writes it.
        pub closing: Text,
        /// The minutes planned for a presentation's steps (the introduction's, then four for
        /// each stage in cycle order), a character each, as [`minutes_char`] writes them; empty
        /// if none are planned.
        pub plan: Text,
        /// The way up from the page's folder to the site's, where the scripts for host pages
        /// are: empty for the main page, `../` for a local edition's (`/<id>/`).
        pub site: Text,
    }
}

page_data! {
    /// A stage's names.
    pub struct StageOutline {
        pub id: Text,
        /// Short label on the drawing.
        pub label: Text,
        pub title: Text,
    }
}

page_data! {
    /// The titles of the explorer's own panels, for the links to them.
    pub struct PanelTitles {
        pub support: Text,
        pub disclosure: Text,
        pub self_care: Text,
        pub about: Text,
    }
}

/// Declares [`AppLabels`]: the labels the app writes into the page itself, chosen from
/// [`Labels`].
macro_rules! app_labels {
    ($($name:ident),* $(,)?) => {
        page_data! {
            /// The interface text the browser app writes itself: the rest is in the prerendered page.
            pub struct AppLabels {
                $(pub $name: Text,)*
            }
        }

        impl AppLabels {
            pub fn of(labels: &Labels) -> AppLabels {
                AppLabels { $($name: labels.$name.clone(),)* }
            }
        }
    };
}

app_labels! {
    stages_list,
    explored,
    progress,
    step_count,
    step_introduction,
    step_openers,
    step_child_openers,
    step_resources,
    step_end,
    copied,
    copy_by_hand,
    delete_notes_confirm,
    notes_from_other_window,
    notes_file_heading,
    notes_file_empty,
    embed_fallback,
    room_blank,
    room_overview,
    pacing_behind,
    pacing_ahead,
    pacing_on_time,
    step_closing_page,
}

/// How the data block writes whose helplines a closing page lists: `0` for a local edition's
/// and those across the UK (shown whichever nation is chosen), `1` to `4` for a nation's, in
/// the order of [`Nation::ALL`]. (A character each, so the app reads them with no number
/// parsing, which costs its WebAssembly more than it is worth.)
pub fn closing_char(helplines: Helplines) -> char {
    let index = match helplines {
        Helplines::Local | Helplines::Uk => 0,
        Helplines::Nation(n) => Nation::ALL.iter().position(|m| *m == n).map_or(0, |i| i + 1),
    };
    char::from(b'0' + index as u8)
}

/// How the data block writes minutes planned for a step: the character whose code is that
/// many after `0`'s (`0` for none, `<` for 12, `l` for 60).
pub fn minutes_char(minutes: u8) -> char {
    char::from(b'0' + minutes)
}

/// An outline shared by components, compared by address: the explorer's never changes while
/// it runs, and the editor makes a new one for each change, so handing it to a component
/// costs no word-by-word comparison.
#[derive(Clone, Debug)]
pub struct OutlineRef(pub std::rc::Rc<Outline>);

impl PartialEq for OutlineRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Outline {
    /// Every stage in the order of the cycle, the hub last.
    pub fn stages_in_order(&self) -> impl Iterator<Item = (StagePlace, &StageOutline)> {
        in_cycle_order(&self.stages, &self.hub)
    }

    pub fn stage(&self, place: StagePlace) -> Option<&StageOutline> {
        match place {
            StagePlace::Ring(i) => self.stages.get(i),
            StagePlace::Hub => self.hub.as_ref(),
        }
    }

    /// How many stages there are, counting the hub.
    pub fn stage_count(&self) -> usize {
        self.stages.len() + usize::from(self.hub.is_some())
    }

    /// The stage with this id, if any.
    pub fn find(&self, id: &str) -> Option<StagePlace> {
        self.stages_in_order().find(|(_, s)| s.id == id).map(|(p, _)| p)
    }

    /// The stage `offset` places on from `place` in cycle order, wrapping round.
    pub fn round_from(&self, place: StagePlace, offset: isize) -> StagePlace {
        // In cycle order the ring's stages come first, by number, then the hub.
        let here = match place {
            StagePlace::Ring(i) => i,
            StagePlace::Hub => self.stages.len(),
        };
        let there = (here as isize + offset).rem_euclid(self.stage_count().max(1) as isize) as usize;
        if there < self.stages.len() { StagePlace::Ring(there) } else { StagePlace::Hub }
    }

    /// The outline as the page's data block carries it: a JSON list of texts that can sit
    /// inside a `<script>` element (a `<` is written `\u003c`, so no text can close it).
    #[cfg(any(not(target_arch = "wasm32"), feature = "publisher"))]
    pub fn data_block(&self) -> String {
        let mut items = Vec::new();
        self.write(&mut items);
        serde_json::to_string(&items).expect("texts are JSON").replace('<', "\\u003c")
    }

    /// Reads the page's data block, as the texts in it; `None` if it is not an outline: too
    /// short, malformed, or with anything left over.
    pub fn from_block(items: Vec<String>) -> Option<Outline> {
        let mut reader = Reader { items: items.into_iter(), ok: true };
        let outline = Outline::read(&mut reader);
        (reader.ok && reader.items.next().is_none()).then_some(outline)
    }
}
