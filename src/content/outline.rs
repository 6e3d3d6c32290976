//! The part of the content the interactive app carries into the browser: ids, stage labels and
//! titles, and the few pieces of interface text it writes itself. Everything else
//! (explanations, openers, resources, panels, the drawing) is in the prerendered page, so it is
//! never downloaded twice.

use super::model::{in_cycle_order, Labels, List, StagePlace, Text};

/// What the browser needs to know about the cycle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    pub title: Text,
    /// Ring stages in cycle order.
    pub stages: List<StageOutline>,
    pub hub: Option<StageOutline>,
    pub labels: AppLabels,
    /// Titles of the panels linked from every screen.
    pub panel_titles: PanelTitles,
}

/// Declares [`AppLabels`]: the labels the app writes into the page itself, chosen from
/// [`Labels`].
macro_rules! app_labels {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// The interface text the browser app writes itself: the rest is in the prerendered page.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AppLabels {
            $($(#[$doc])* pub $name: Text,)*
        }

        impl AppLabels {
            pub fn of(labels: &Labels) -> AppLabels {
                AppLabels { $($name: labels.$name.clone(),)* }
            }

            /// Every key with its text, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &Text)> {
                vec![$((stringify!($name), &self.$name)),*]
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
    step_resources,
    step_end,
    copied,
    copy_by_hand,
    delete_notes_confirm,
    notes_from_other_window,
    notes_file_heading,
    notes_file_empty,
}

/// The titles of the explorer's own panels, for the links to them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PanelTitles {
    pub support: Text,
    pub disclosure: Text,
    pub self_care: Text,
    pub about: Text,
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

/// A stage's names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageOutline {
    pub id: Text,
    /// Short label on the drawing.
    pub label: Text,
    pub title: Text,
}

/// The drawing's SVG attributes (`model::geometry`): prerendered, so the explorer's bundle needs
/// neither trigonometry nor number formatting.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    pub ring_radius: Text,
    pub hub_radius: Text,
    pub arrows: List<ArrowPath>,
    /// Lines from the hub towards each stage: `x1 y1 x2 y2`.
    pub spokes: List<[Text; 4]>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArrowPath {
    /// SVG path data for the curved shaft.
    pub shaft: Text,
    /// SVG polygon points for the head.
    pub head: Text,
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
    pub fn step_from(&self, place: StagePlace, offset: isize) -> StagePlace {
        let order: Vec<StagePlace> = self.stages_in_order().map(|(p, _)| p).collect();
        let here = order.iter().position(|p| *p == place).unwrap_or(0) as isize;
        order[(here + offset).rem_euclid(order.len().max(1) as isize) as usize]
    }
}
