//! What the page shows, derived from the state alone: the section on show, the marks on
//! `<html>` that the styles follow, the text the app keeps up to date, the notices, the
//! pressed buttons, the chosen radio buttons, the open dialog, and the list of stages. The
//! browser edge applies only what differs from the last view, and the list of stages is a Yew
//! component that takes [`TabsView`].

use super::presentation;
use super::route::{Mode, Part, View};
use super::state::AppState;
use crate::content::{fill, Audience, StagePlace};
use crate::contract::{self, id, Control, Mark, Notice, Slot, STORAGE_OFF};

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

/// The marks the app owns, in the order a view lists them.
const APP_MARKS: [Mark; 10] =
    [Mark::Live, Mark::Mode, Mark::Embed, Mark::Lens, Mark::Nation, Mark::Part, Mark::Theme, Mark::Overview, Mark::Storage, Mark::HostSized];

impl PageView {
    /// What the prerendered page shows before the app changes anything: no marks of the app's,
    /// no section marked as current, empty slots, every notice hidden, no button pressed, the
    /// lens on both and all of the UK chosen.
    pub fn prerendered() -> PageView {
        PageView {
            marks: APP_MARKS.map(|mark| (mark, None)).to_vec(),
            chosen: vec![(Control::Lens, Audience::Both.key()), (Control::Nation, contract::ALL_NATIONS)],
            ..PageView::default()
        }
    }

    pub fn of(state: &AppState) -> PageView {
        let outline = state.outline;
        let labels = &outline.labels;
        let route = &state.route;
        let presenting = state.presenting();
        let flag = |on: bool| on.then_some("");

        let marks = APP_MARKS
            .map(|mark| {
                let value = match mark {
                    Mark::Live => Some(""),
                    Mark::Mode => route.mode.key(),
                    Mark::Embed => flag(route.embed),
                    Mark::Lens => (route.lens != Audience::Both).then(|| route.lens.key()),
                    Mark::Nation => state.remembered.nation.map(|n| n.key()),
                    Mark::Part => match route.view {
                        View::Stage(_, part) => part.key(),
                        View::End => Some(id::END),
                        _ => None,
                    },
                    Mark::Theme => route.contrast.then_some(contract::url::CONTRAST),
                    Mark::Overview => flag(presenting && state.screen.overview),
                    Mark::Storage => (!state.storage_works).then_some(STORAGE_OFF),
                    Mark::HostSized => flag(state.host.sized()),
                    // Set by the boot script, before the app.
                    Mark::FirstVisit | Mark::Startup => None,
                };
                (mark, value)
            })
            .to_vec();

        let selected = state.selected().filter(|_| !state.screen.overview);
        let tabs = TabsView {
            selected,
            tab_stop: selected.or_else(|| outline.stages_in_order().next().map(|(p, _)| p)),
            visited: outline.stages_in_order().map(|(_, s)| state.visited(&s.id)).collect(),
        };
        let tab_panel_of = state.selected().and_then(|p| outline.stage(p)).map(|s| contract::tab_id(&s.id));

        let total = outline.stage_count().to_string();
        let mut texts = vec![(Slot::Progress, fill(&labels.progress, &[("done", &tabs.visited.iter().filter(|v| **v).count().to_string()), ("total", &total)]))];
        if presenting {
            let steps = presentation::steps(outline, route.lens);
            let number = presentation::step_number(outline, route.lens, route.view) + 1;
            texts.push((Slot::StepCount, fill(&labels.step_count, &[("number", &number.to_string()), ("total", &steps.len().to_string())])));
        }
        if route.mode == Mode::Speaker {
            let next = presentation::step_from(outline, route.lens, route.view, 1);
            texts.push((Slot::SpeakerNow, step_name(state, route.view)));
            texts.push((Slot::SpeakerNext, step_name(state, next)));
            texts.push((Slot::Clock, clock_text(state.clock.now.saturating_sub(state.clock.started))));
        }
        if state.screen.share {
            texts.push((Slot::ShareLink, state.share_link()));
            texts.push((Slot::ShareEmbed, state.embed_code()));
            let status = match state.screen.copied {
                Some(true) => labels.copied.to_string(),
                Some(false) => labels.copy_by_hand.to_string(),
                None => String::new(),
            };
            texts.push((Slot::CopyStatus, status));
        }

        let mut notices = Vec::new();
        if state.screen.fullscreen_refused {
            notices.push((Notice::FullscreenRefused, None));
            texts.push((Slot::NewTab, state.new_tab_link()));
        }
        if state.screen.update_ready && !presenting {
            notices.push((Notice::UpdateReady, None));
        }
        if presenting && state.screen.blank {
            notices.push((Notice::BlankScreen, None));
        }
        notices.extend(state.notes.not_kept.iter().map(|s| (Notice::NoteNotKept, Some(s.clone()))));
        notices.extend(state.notes.changed_elsewhere.iter().map(|s| (Notice::NoteChanged, Some(s.clone()))));

        let pressed = if presenting {
            vec![(Control::Overview, state.screen.overview), (Control::Blank, state.screen.blank), (Control::Contrast, route.contrast)]
        } else {
            Vec::new()
        };
        let chosen = vec![(Control::Lens, route.lens.key()), (Control::Nation, state.remembered.nation.map_or(contract::ALL_NATIONS, |n| n.key()))];
        let dialog = if state.screen.share {
            Some(id::SHARE_DIALOG)
        } else if presenting && state.screen.help {
            Some(id::KEYS_DIALOG)
        } else {
            None
        };

        PageView {
            marks,
            section: state.section_id(),
            tab_panel_of,
            texts,
            notices,
            pressed,
            chosen,
            dialog,
            speaker_notes_open: route.mode == Mode::Speaker,
            tabs,
        }
    }
}

/// What a step is called, for the speaker view: "Living in survival mode: conversation
/// openers".
pub fn step_name(state: &AppState, view: View) -> String {
    let outline = state.outline;
    let labels = &outline.labels;
    match view {
        View::Introduction => labels.step_introduction.to_string(),
        View::End => labels.step_end.to_string(),
        View::Info(panel) => panel.title(&outline.panel_titles).to_string(),
        View::Stage(place, part) => {
            let title = outline.stage(place).map_or("", |s| s.title.as_ref());
            match part {
                Part::Explanation => title.to_string(),
                Part::Openers => fill(&labels.step_openers, &[("title", title)]),
                Part::ChildOpeners => fill(&labels.step_child_openers, &[("title", title)]),
                Part::Resources => fill(&labels.step_resources, &[("title", title)]),
            }
        }
    }
}

/// Elapsed milliseconds as "m:ss" (or "h:mm:ss").
pub fn clock_text(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}
