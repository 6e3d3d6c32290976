//! What the panel shows for a stage: explanation, conversation openers, resources, and the
//! prompts for practitioners and trainers.

use yew::prelude::*;

use super::rich_text::{external_link, rich_inline, rich_paragraphs};
use crate::content::{fill, Audience, Cycle, Stage};

#[derive(Properties, PartialEq)]
pub struct StageSectionProps {
    pub cycle: &'static Cycle,
    pub stage: &'static Stage,
    /// The stages before and after, in cycle order (the hub last).
    pub previous: Option<&'static Stage>,
    pub next: Option<&'static Stage>,
}

/// One stage, whole. Every stage's section is in the page (so the page reads in full
/// without JavaScript); styles show only the current one, and the lens hides the openers and
/// resources for the audience it leaves out.
#[component]
pub fn StageSection(props: &StageSectionProps) -> Html {
    let StageSectionProps { cycle, stage, previous, next } = *props;
    let labels = &cycle.labels;
    let heading_id = format!("{}-heading", stage.id);
    let note_id = format!("note-{}", stage.id);
    let route_link = |template: &str, to: &Stage, rel: &'static str| {
        html! { <a href={ format!("#{}", to.id) } { rel }>{ fill(template, &[("title", &to.title)]) }</a> }
    };
    html! {
        <section id={ stage.id.to_string() } aria-labelledby={ heading_id.clone() }
                 class="panel-section stage-section">
            <h2 id={ heading_id } class="stage-title" tabindex="-1">{ stage.title.as_ref() }</h2>
            <p class="summary">{ rich_inline(&stage.summary, labels) }</p>
            <div class="explanation">{ rich_paragraphs(&stage.explanation, labels) }</div>
            <ConversationOpeners { cycle } { stage } />
            <ResourceLinks { cycle } { stage } />
            <section class="reflection" aria-labelledby={ format!("{}-reflection", stage.id) }>
                <h3 id={ format!("{}-reflection", stage.id) }>{ labels.reflection_heading.as_ref() }</h3>
                <p>{ rich_inline(&stage.reflection, labels) }</p>
                <div class="notes needs-app">
                    <label for={ note_id.clone() }>{ labels.notes_label.as_ref() }</label>
                    <textarea id={ note_id } data-note-for={ stage.id.to_string() } rows="4" />
                    <p class="notes-privacy">{ labels.notes_privacy.as_ref() }</p>
                </div>
            </section>
            <nav class="stage-route" aria-label={ labels.stage_route.to_string() }>
                if let Some(previous) = previous { { route_link(&labels.previous_stage, previous, "prev") } }
                if let Some(next) = next { { route_link(&labels.next_stage_link, next, "next") } }
            </nav>
            <details class="speaker-notes">
                <summary>{ labels.speaker_notes_heading.as_ref() }</summary>
                { rich_paragraphs(&stage.speaker_notes, labels) }
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct StagePartProps {
    pub cycle: &'static Cycle,
    pub stage: &'static Stage,
}

/// Openers for parents and for children and young people, as two labelled groups.
#[component]
pub fn ConversationOpeners(props: &StagePartProps) -> Html {
    let StagePartProps { cycle, stage } = *props;
    let labels = &cycle.labels;
    let id = format!("{}-openers", stage.id);
    let group = |class: &'static str, heading: &str, openers: &[crate::content::Text], extra: Html| {
        let heading_id = format!("{id}-{class}");
        html! {
            <div class={ classes!("openers-group", class) } aria-labelledby={ heading_id.clone() } role="group">
                <h4 id={ heading_id }>{ heading.to_string() }</h4>
                <ul class="openers-list">
                    { for openers.iter().map(|o| html! { <li>{ rich_inline(o, labels) }</li> }) }
                </ul>
                { extra }
            </div>
        }
    };
    html! {
        <section class="openers" aria-labelledby={ id.clone() }>
            <h3 id={ id.clone() }>{ labels.openers_heading.as_ref() }</h3>
            { group("for-parents", &labels.openers_for_parents, &stage.parent_openers, Html::default()) }
            { group("for-children", &labels.openers_for_children, &stage.child_openers, html! {
                <div class="talking-with-children">
                    <p class="guidance-heading"><strong>{ labels.talking_with_children_heading.as_ref() }</strong></p>
                    { rich_paragraphs(&cycle.talking_with_children, labels) }
                </div>
            }) }
        </section>
    }
}

/// The stage's resources, grouped by who they help.
#[component]
pub fn ResourceLinks(props: &StagePartProps) -> Html {
    let StagePartProps { cycle, stage } = *props;
    let labels = &cycle.labels;
    let id = format!("{}-resources", stage.id);
    let groups = Audience::ALL.into_iter().filter_map(|audience| {
        let items: Vec<_> = stage
            .resources
            .iter()
            .filter_map(|rid| cycle.resource(rid))
            .filter(|r| r.audience == audience)
            .collect();
        if items.is_empty() {
            return None;
        }
        let heading = match audience {
            Audience::Parents => &labels.resources_for_parents,
            Audience::Children => &labels.resources_for_children,
            Audience::Both => &labels.resources_for_both,
        };
        Some(html! {
            <div class={ classes!("resource-group", format!("for-{}", audience.key())) }>
                <h4>{ heading.as_ref() }</h4>
                <ul class="resource-list">
                    { for items.into_iter().map(|r| {
                        let url = cycle.resource_url(r);
                        html! {
                            <li>
                                { external_link(&r.title, &url, labels) }
                                <span class="resource-address">{ url.clone() }</span>
                                <span class="resource-description">{ rich_inline(&r.description, labels) }</span>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        })
    });
    html! {
        <section class="resources" aria-labelledby={ id.clone() }>
            <h3 id={ id }>{ labels.resources_heading.as_ref() }</h3>
            { for groups }
        </section>
    }
}
