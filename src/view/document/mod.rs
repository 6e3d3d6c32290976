//! The page's content, rendered once at build time and never hydrated: every stage in full and
//! the explorer's own panels. The browser app only chooses which section shows, so none of
//! this text has to travel in the WebAssembly bundle.

mod panels;
mod reader;
mod rich_text;
mod stage;

use yew::prelude::*;

use crate::content::{Cycle, Stage};
use crate::model::route::InfoPanel;
use panels::{ContentNoteSection, InfoSection, IntroSection};
use reader::{PanelFooter, ReaderTools};
use stage::StageSection;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub cycle: &'static Cycle,
}

/// Every section the panel can show, in reading order, with the reader's own tools around
/// them (the app wires those up by their `data-action` and `data-note-for` attributes).
#[component]
pub fn Document(props: &DocumentProps) -> Html {
    let cycle = props.cycle;
    let stages: Vec<&Stage> = cycle.stages_in_order().map(|(_, s)| s).collect();
    html! {
        <>
            <ReaderTools { cycle } />
            <ContentNoteSection { cycle } />
            <IntroSection { cycle } />
            { for stages.iter().enumerate().map(|(i, stage)| {
                let previous = i.checked_sub(1).map(|i| stages[i]);
                let next = stages.get(i + 1).copied();
                html! { <StageSection { cycle } { stage } { previous } { next } /> }
            }) }
            { for InfoPanel::ALL.into_iter().map(|panel| html! { <InfoSection { cycle } { panel } /> }) }
            <PanelFooter { cycle } />
        </>
    }
}
