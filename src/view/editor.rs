//! The content editor's page (edit.html): the part the build prerenders ([`EditorPage`]), and
//! the preview ([`Preview`]): the drawing and one section of the panel, made by the explorer's
//! own components from the content being edited, so what the editor shows is what the
//! explorer will show.

use yew::prelude::*;

use super::controls::marked;
use super::diagram::cycle_diagram;
use super::document::{rich_paragraphs, stage_section, InfoSection, IntroSection};
use crate::content::outline::OutlineRef;
use crate::content::{Audience, CycleRef, StagePlace};
use crate::contract::{id, Mark};
use crate::model::geometry;
use crate::model::page::TabsView;
use crate::model::route::{InfoPanel, View};

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub cycle: CycleRef,
    pub outline: OutlineRef,
    pub showing: View,
    /// Whose openers and resources show, as the explorer's lens does.
    pub lens: Audience,
}

/// The explorer's drawing and panel for `showing`. Its links are the explorer's own (`#id`);
/// the editor follows them within the preview.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let (cycle, outline) = (&props.cycle, &props.outline.0);
    let labels = &cycle.0.labels;
    let drawing = geometry::drawing(outline.stages.len(), outline.hub.is_some());
    let tabs = TabsView { selected: props.showing.stage(), ..TabsView::unselected(outline.stage_count()) };
    let section = match props.showing {
        View::Stage(place, _) => {
            let index = match place {
                StagePlace::Ring(i) => i,
                StagePlace::Hub => outline.stages.len(),
            };
            stage_section(cycle, index)
        }
        View::Info(panel) => html! { <InfoSection cycle={ cycle.clone() } { panel } /> },
        View::Introduction | View::End => html! { <IntroSection cycle={ cycle.clone() } /> },
    };
    html! {
        <>
            <nav class="site-nav" aria-label={ labels.site_nav.to_string() }>
                <a href="#">{ labels.step_introduction.as_ref() }</a>
                { for InfoPanel::ALL.into_iter().map(|panel| html! {
                    <a href={ format!("#{}", panel.id()) }>{ panel.title(&outline.panel_titles) }</a>
                }) }
            </nav>
            <div class="figure">{ cycle_diagram(&props.outline, &drawing, tabs) }</div>
            { marked(Mark::Lens, props.lens.key(), "", html! { <div id={ id::PANEL } class="panel">{ section }</div> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorPageProps {
    pub cycle: CycleRef,
}

/// What edit.html shows before (or without) the editor's WebAssembly: what the page is for,
/// the note shown if the editor cannot start, and where the editor goes.
#[component]
pub fn EditorPage(props: &EditorPageProps) -> Html {
    let labels = &props.cycle.0.labels;
    html! {
        <main class="editor-page">
            <h1>{ labels.editor_title.as_ref() }</h1>
            <div class="editor-intro">{ rich_paragraphs(&labels.editor_intro, labels) }</div>
            <p id={ id::STARTUP_NOTE } class="startup-note" role="status" hidden=true>{ labels.editor_startup_failed.as_ref() }</p>
            <noscript><p class="startup-note">{ labels.editor_startup_failed.as_ref() }</p></noscript>
            <div id={ id::EDITOR }></div>
        </main>
    }
}
