//! The page's content, prerendered into the panel: every stage in full and the explorer's own
//! panels. The app only chooses which section shows, so none of this text travels in the
//! explorer's WebAssembly. The browser editor renders the same components for its preview.

mod panels;
mod reader;
mod rich_text;
mod stage;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Cycle, Stage};
use crate::model::route::InfoPanel;
pub use panels::{ContentNoteSection, InfoSection, IntroSection};
pub use reader::{PanelFooter, ReaderTools};
pub use stage::StageSection;

/// The content, shared by components and compared by address (it never changes under them).
#[derive(Clone, Debug)]
pub struct CycleRef(pub Rc<Cycle>);

impl PartialEq for CycleRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub cycle: CycleRef,
}

/// Every section the panel can show, in reading order, with the reader's own tools around
/// them.
#[component]
pub fn Document(props: &DocumentProps) -> Html {
    let cycle = &props.cycle;
    html! {
        <>
            <ReaderTools cycle={ cycle.clone() } />
            <ContentNoteSection cycle={ cycle.clone() } />
            <IntroSection cycle={ cycle.clone() } />
            <StageSections cycle={ cycle.clone() } />
            { for InfoPanel::ALL.into_iter().map(|panel| html! { <InfoSection cycle={ cycle.clone() } { panel } /> }) }
            <PanelFooter cycle={ cycle.clone() } />
        </>
    }
}

/// Every stage's section, in cycle order, each with the way on to the stages either side.
#[component]
pub fn StageSections(props: &DocumentProps) -> Html {
    let cycle = &props.cycle;
    let stages: Vec<&Stage> = cycle.0.stages_in_order().map(|(_, s)| s).collect();
    stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let previous = i.checked_sub(1).map(|i| stages[i].id.to_string());
            let next = stages.get(i + 1).map(|s| s.id.to_string());
            html! { <StageSection cycle={ cycle.clone() } stage={ stage.id.to_string() } { previous } { next } /> }
        })
        .collect()
}
