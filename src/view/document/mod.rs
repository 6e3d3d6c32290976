//! The page's content, prerendered into the panel: every stage in full and the explorer's own
//! panels. The app only chooses which section shows, so none of this text travels in the
//! explorer's WebAssembly. The browser editor renders the same components for its preview.

mod panels;
mod reader;
mod rich_text;
mod stage;

use yew::prelude::*;

use crate::content::CycleRef;
use crate::model::route::InfoPanel;
pub use panels::{nation_choice, ContentNoteSection, InfoSection, IntroSection};
pub use reader::{PanelFooter, ReaderTools};
pub use rich_text::rich_paragraphs;
pub use stage::StageSection;

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
    (0..props.cycle.0.stages_in_order().count()).map(|i| stage_section(&props.cycle, i)).collect()
}

/// The section of the stage at this place in cycle order, with links to the stages either
/// side of it.
pub fn stage_section(cycle: &CycleRef, index: usize) -> Html {
    let ids: Vec<String> = cycle.0.stages_in_order().map(|(_, s)| s.id.to_string()).collect();
    let Some(stage) = ids.get(index).cloned() else { return Html::default() };
    let previous = index.checked_sub(1).and_then(|i| ids.get(i).cloned());
    let next = ids.get(index + 1).cloned();
    html! { <StageSection cycle={ cycle.clone() } { stage } { previous } { next } /> }
}
