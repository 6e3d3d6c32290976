//! What the page shows, derived from the state alone: the section on show, the marks on
//! `<html>` that the styles follow, the text the app keeps up to date, the notices, the
//! pressed buttons, the chosen radio buttons, the open dialog, and the list of stages. Each
//! feature shows its own part, in turn ([`PageView::of`]); the browser edge applies only
//! what differs from the last view, and the list of stages is a Yew component that takes
//! [`TabsView`].

use super::context::Feature;
use super::state::AppState;
use crate::content::{Audience, StagePlace};
use crate::contract::{self, Control, Mark, Notice, Slot, STORAGE_OFF};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageView {
    /// Every mark the app owns, with its value (`None` for absent).
    pub marks: Vec<(Mark, Option<&'static str>)>,
    /// The id of the panel section on show.
    pub section: String,
    /// When the panel shows a stage, the tab that labels it (the panel is then a tab panel).
    pub tab_panel_of: Option<String>,
    pub texts: Vec<(Slot, String)>,
    /// The notices on show (with the stage, for those beside a notes box); the rest are hidden.
    pub notices: Vec<(Notice, Option<String>)>,
    /// Buttons that stay pressed, and whether they are.
    pub pressed: Vec<(Control, bool)>,
    /// Sets of radio buttons, and the value chosen.
    pub chosen: Vec<(Control, &'static str)>,
    /// The id of the open dialog, if any.
    pub dialog: Option<&'static str>,
    /// In the speaker view, the notes for trainers are open.
    pub speaker_notes_open: bool,
    pub tabs: TabsView,
}

/// What the list of stages shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TabsView {
    pub selected: Option<StagePlace>,
    /// The stage Tab lands on when entering the list: the selected one, or the first.
    pub tab_stop: Option<StagePlace>,
    /// For each stage in cycle order, whether it has been explored.
    pub visited: Vec<bool>,
}

impl TabsView {
    /// The list of stages with nothing selected or explored, as prerendered.
    pub fn unselected(stage_count: usize) -> TabsView {
        TabsView { selected: None, tab_stop: None, visited: vec![false; stage_count] }
    }
}

/// The marks the app owns, in the order a view lists them (the boot script sets the others).
const APP_MARKS: [Mark; 12] = [
    Mark::Live,
    Mark::Mode,
    Mark::Embed,
    Mark::Lens,
    Mark::Nation,
    Mark::Part,
    Mark::Theme,
    Mark::Overview,
    Mark::Storage,
    Mark::HostSized,
    Mark::Mirror,
    Mark::NotesSize,
];

impl PageView {
    /// What the prerendered page shows before the app changes anything: no marks of the app's,
    /// no section marked as current, empty slots, every notice hidden, no button pressed, the
    /// lens on both and all of the UK chosen.
    pub fn prerendered() -> PageView {
        PageView {
            marks: APP_MARKS.map(|mark| (mark, None)).to_vec(),
            chosen: vec![(Control::Lens, Audience::Both.name()), (Control::Nation, contract::ALL_NATIONS)],
            ..PageView::default()
        }
    }

    /// The page for a state: the app's own marks, then each feature's part.
    pub fn of(state: &AppState) -> PageView {
        let cx = state.context();
        let mut view = PageView { marks: APP_MARKS.map(|mark| (mark, None)).to_vec(), ..PageView::default() };
        view.mark(Mark::Live, Some(""));
        view.mark(Mark::Mode, cx.route.mode.key());
        view.mark(Mark::Embed, cx.route.embed.then_some(""));
        view.mark(Mark::Storage, (!cx.storage_works).then_some(STORAGE_OFF));
        state.reading.show_in(&cx, &mut view);
        state.notes.show_in(&cx, &mut view);
        state.presenting.show_in(&cx, &mut view);
        state.console.show_in(&cx, &mut view);
        // After presenting: the list of keys gives way to the Share dialog.
        state.sharing.show_in(&cx, &mut view);
        state.embedding.show_in(&cx, &mut view);
        state.release.show_in(&cx, &mut view);
        view
    }

    /// Sets a mark's value (`None`: absent).
    pub fn mark(&mut self, mark: Mark, value: Option<&'static str>) {
        if let Some(entry) = self.marks.iter_mut().find(|(m, _)| *m == mark) {
            entry.1 = value;
        }
    }

    /// Puts text in a slot.
    pub fn text(&mut self, slot: Slot, text: String) {
        self.texts.push((slot, text));
    }
}
