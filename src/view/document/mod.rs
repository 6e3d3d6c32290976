//! The page's content, rendered once at build time and never hydrated: every stage in full and
//! the explorer's own panels. The browser app only chooses which section shows, so none of
//! this text has to travel in the WebAssembly bundle.

mod panels;
mod rich_text;
mod stage;

use yew::prelude::*;

use crate::content::Cycle;
use crate::model::route::InfoPanel;
use panels::{ContentNoteSection, InfoSection, IntroSection};
use stage::StageSection;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub cycle: &'static Cycle,
}

/// Every section the panel can show, in reading order.
#[component]
pub fn Document(props: &DocumentProps) -> Html {
    let cycle = props.cycle;
    html! {
        <>
            <ContentNoteSection { cycle } />
            <IntroSection { cycle } />
            { for cycle.stages_in_order().map(|(_, stage)| html! { <StageSection { cycle } { stage } /> }) }
            { for InfoPanel::ALL.into_iter().map(|panel| html! { <InfoSection { cycle } { panel } /> }) }
        </>
    }
}
