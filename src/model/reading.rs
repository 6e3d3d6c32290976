//! Reading: choosing a stage or a panel (by a link, a tab, the keys of the list of stages), the
//! first-visit content note, what has been explored, the lens and the reader's nation.

use super::effect::Effect;
use super::keys::tablist_target;
use super::page::{PageView, TabsView};
use super::route::{InfoPanel, View};
use super::action::Action;
use super::context::{Context, Feature};
use super::stored::{self, Remembered};
use crate::content::{fill, Audience, Nation};
use crate::contract::{self, id, storage, Control, Mark};

/// The reader's way through, as this device keeps it.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    pub remembered: Remembered,
}

impl Reading {
    pub fn new(remembered: Remembered) -> Reading {
        Reading { remembered }
    }

    /// Counts the stage on show as explored, once its content is really on screen (not behind
    /// the content note, and not while presenting). Kept in the order of the cycle, so what is
    /// stored is tidy and predictable.
    pub fn mark_visited(&mut self, cx: &Context) {
        let Some(stage) = cx.selected().and_then(|p| cx.outline.stage(p)) else { return };
        if cx.presenting() || self.visited(&stage.id) {
            return;
        }
        let visited = self.remembered.visited.join(" ");
        self.remembered.visited = stored::read_visited(cx.outline, &format!("{visited} {}", stage.id));
    }

    /// Whether a stage has been explored.
    pub fn visited(&self, id: &str) -> bool {
        self.remembered.visited.iter().any(|v| v == id)
    }
}

/// The id of the section the panel shows.
pub fn section_id(cx: &Context) -> String {
    match cx.route.view {
        _ if cx.content_note_showing() => id::CONTENT_NOTE.to_string(),
        View::Info(panel) => panel.name().to_string(),
        // A presentation ends on where to find support.
        View::End(_) => InfoPanel::GetSupport.name().to_string(),
        View::Stage(place, _) => cx.outline.stage(place).map_or(id::INTRODUCTION.to_string(), |s| s.id.to_string()),
        View::Introduction => id::INTRODUCTION.to_string(),
    }
}

impl Feature for Reading {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        match action {
            Action::Link(hash) => {
                let Some(view) = View::parse_hash(hash, cx.outline) else { return };
                cx.show(view);
                // The reader's place moves to what they chose: its heading, in view (it may be
                // far down a phone's page or a partner's), with focus on it.
                let section = match view {
                    View::Info(panel) => Some(panel.name().to_string()),
                    View::Stage(place, _) => cx.outline.stage(place).map(|s| s.id.to_string()),
                    View::Introduction | View::End(_) => None,
                };
                if let Some(section) = section {
                    effects.push(cx.reveal(contract::heading_id(&section)));
                }
            }
            Action::TabKey { stage, key } if !cx.presenting() => {
                let Some(place) = cx.outline.find(stage).and_then(|from| tablist_target(cx.outline, from, key)) else { return };
                cx.show(View::Stage(place, Default::default()));
                if let Some(stage) = cx.outline.stage(place) {
                    effects.push(Effect::Focus(contract::tab_id(&stage.id)));
                }
            }
            Action::Control(Control::Continue, _) => {
                cx.content_note_seen = true;
                // The reader's place is the section the note was covering.
                effects.push(cx.reveal(contract::heading_id(&section_id(cx))));
            }
            Action::Control(Control::StartAgain, _) => {
                self.remembered.visited.clear();
                cx.show(View::Introduction);
            }
            Action::Control(Control::Lens, value) => {
                if let Some(lens) = Audience::parse(value) {
                    cx.route.lens = lens;
                    self.remembered.lens = lens;
                }
            }
            Action::Control(Control::Nation, value) => self.remembered.nation = Nation::parse(value),
            Action::StorageChanged { key, value } if key == storage::VISITED => {
                self.remembered.visited = stored::read_visited(cx.outline, value.as_deref().unwrap_or_default());
            }
            // The nation chosen in another window (the speaker view's, say).
            Action::StorageChanged { key, value } if key == storage::NATION => self.remembered.nation = value.as_deref().and_then(Nation::parse),
            Action::StorageChanged { key, value } if key == storage::CONTENT_NOTE_SEEN => {
                cx.content_note_seen = value.as_deref() == Some(storage::YES);
            }
            _ => {}
        }
    }

    /// How reading shows in the page: the section on show (the panel is a tab panel while it
    /// shows a stage), the list of stages, progress, the lens and the nation.
    fn show_in(&self, cx: &Context, view: &mut PageView) {
        let outline = cx.outline;
        view.section = section_id(cx);
        view.tab_panel_of = cx.selected().and_then(|p| outline.stage(p)).map(|s| contract::tab_id(&s.id));
        let selected = cx.selected().filter(|_| !cx.overview);
        view.tabs = TabsView {
            selected,
            tab_stop: selected.or_else(|| outline.stages_in_order().next().map(|(p, _)| p)),
            visited: outline.stages_in_order().map(|(_, s)| self.visited(&s.id)).collect(),
        };
        let done = view.tabs.visited.iter().filter(|v| **v).count().to_string();
        view.text(contract::Slot::Progress, fill(&outline.labels.progress, &[("done", &done), ("total", &outline.stage_count().to_string())]));
        view.mark(Mark::Lens, (cx.route.lens != Audience::Both).then(|| cx.route.lens.name()));
        view.mark(Mark::Nation, self.remembered.nation.map(|n| n.name()));
        view.chosen = vec![(Control::Lens, cx.route.lens.name()), (Control::Nation, self.remembered.nation.map_or(contract::ALL_NATIONS, |n| n.name()))];
    }
}
