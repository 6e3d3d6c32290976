//! What the panel shows for a stage: explanation, conversation openers, resources, sources,
//! and the prompts for practitioners and trainers.

use yew::prelude::*;

use super::rich_text::{external_link, rich_inline, rich_paragraphs};
use crate::content::CycleRef;
use crate::content::{fill, Audience, Opener, Stage};
use crate::contract::{self, Control, Notice};
use crate::view::controls::{control_button, note_box, notice, speaker_notes, words};

#[derive(Properties, PartialEq)]
pub struct StageSectionProps {
    pub cycle: CycleRef,
    /// The stage's id, and those of the stages before and after it in cycle order.
    pub stage: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// One stage, whole. Every stage's section is in the page (so the page reads in full without
/// JavaScript); the styles show only the current one, and the lens hides the openers and
/// resources for the audience it leaves out.
#[component]
pub fn StageSection(props: &StageSectionProps) -> Html {
    let cycle = &props.cycle.0;
    let Some(stage) = find(cycle, &props.stage) else { return Html::default() };
    let labels = &cycle.labels;
    let id = stage.id.as_ref();
    let heading_id = contract::heading_id(id);
    let route_link = |template: &str, to: Option<&Stage>, rel: &'static str| {
        to.map(|to| html! { <a href={ format!("#{}", to.id) } { rel }>{ fill(template, &[("title", &to.title)]) }</a> })
    };
    html! {
        <section id={ id.to_string() } aria-labelledby={ heading_id.clone() } class="panel-section stage-section">
            <h2 id={ heading_id } class="stage-title" tabindex="-1">{ stage.title.as_ref() }</h2>
            <p class="summary">{ rich_inline(&stage.summary, labels) }</p>
            <div class="explanation">{ rich_paragraphs(&stage.explanation, labels) }</div>
            <ConversationOpeners cycle={ props.cycle.clone() } stage={ props.stage.clone() } />
            <ResourceLinks cycle={ props.cycle.clone() } stage={ props.stage.clone() } />
            <section class="stage-sources" aria-labelledby={ format!("{id}-sources") }>
                <h3 id={ format!("{id}-sources") }>{ labels.stage_sources.as_ref() }</h3>
                <ul>{ for stage.sources.iter().filter_map(|s| cycle.source(s)).map(|s| html! { <li>{ rich_inline(&s.text, labels) }</li> }) }</ul>
            </section>
            <section class="reflection" aria-labelledby={ format!("{id}-reflection") }>
                <h3 id={ format!("{id}-reflection") }>{ labels.reflection_heading.as_ref() }</h3>
                <p>{ rich_inline(&stage.reflection, labels) }</p>
                <div class="notes needs-app">
                    <label for={ contract::note_box_id(id) }>{ labels.notes_label.as_ref() }</label>
                    { note_box(id) }
                    <p class="notes-privacy">{ labels.notes_privacy.as_ref() }</p>
                    { notice(Notice::NoteNotKept, Some(id), "p", "notes-warning", html! {
                        <>{ labels.notes_not_kept.as_ref() }{ " " }{ control_button(Control::DownloadNotes, "button quiet", words(&labels.download_notes)) }</>
                    }) }
                    { notice(Notice::NoteChanged, Some(id), "p", "notes-warning", words(&labels.notes_changed)) }
                </div>
            </section>
            <nav class="stage-route" aria-label={ labels.stage_route.to_string() }>
                { route_link(&labels.previous_stage, props.previous.as_deref().and_then(|p| find(cycle, p)), "prev").unwrap_or_default() }
                { route_link(&labels.next_stage_link, props.next.as_deref().and_then(|n| find(cycle, n)), "next").unwrap_or_default() }
            </nav>
            { speaker_notes("speaker-notes", html! {
                <>
                    <summary>{ labels.speaker_notes_heading.as_ref() }</summary>
                    <div class="notes-for-stage">{ rich_paragraphs(&stage.speaker_notes, labels) }</div>
                    // A step's own notes, where it has them, stand in for the stage's.
                    if !stage.openers_notes.is_empty() {
                        <div class="notes-for-openers">{ rich_paragraphs(&stage.openers_notes, labels) }</div>
                    }
                    if !stage.resources_notes.is_empty() {
                        <div class="notes-for-resources">{ rich_paragraphs(&stage.resources_notes, labels) }</div>
                    }
                </>
            }) }
        </section>
    }
}

/// The stage with this id.
fn find<'c>(cycle: &'c crate::content::Cycle, id: &str) -> Option<&'c Stage> {
    cycle.stages_in_order().map(|(_, s)| s).find(|s| s.id == id)
}

#[derive(Properties, PartialEq)]
pub struct StagePartProps {
    pub cycle: CycleRef,
    pub stage: String,
}

/// Openers for parents and for children and young people, as two labelled groups.
#[component]
pub fn ConversationOpeners(props: &StagePartProps) -> Html {
    let cycle = &props.cycle.0;
    let Some(stage) = find(cycle, &props.stage) else { return Html::default() };
    let labels = &cycle.labels;
    let id = format!("{}-openers", stage.id);
    // Guidance that must be read first (who may ask a child, and how) comes before the list.
    let group = |class: &'static str, heading: &str, openers: &[Opener], before: Html| {
        let heading_id = format!("{id}-{class}");
        html! {
            <div class={ classes!("openers-group", class) } aria-labelledby={ heading_id.clone() } role="group">
                <h4 id={ heading_id }>{ heading.to_string() }</h4>
                { before }
                <ul class="openers-list">
                    { for openers.iter().map(|o| html! { <li>{ rich_inline(&o.text, labels) }</li> }) }
                </ul>
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
    let cycle = &props.cycle.0;
    let Some(stage) = find(cycle, &props.stage) else { return Html::default() };
    let labels = &cycle.labels;
    let id = format!("{}-resources", stage.id);
    let groups = Audience::ALL.into_iter().filter_map(|audience| {
        let items: Vec<_> = stage.resources.iter().filter_map(|rid| cycle.resource(rid)).filter(|r| r.audience == audience).collect();
        if items.is_empty() {
            return None;
        }
        let heading = match audience {
            Audience::Parents => &labels.resources_for_parents,
            Audience::Children => &labels.resources_for_children,
            Audience::Both => &labels.resources_for_both,
        };
        Some(html! {
            <div class={ classes!("resource-group", format!("for-{}", audience.name())) }>
                <h4>{ heading.as_ref() }</h4>
                <ul class="resource-list">
                    { for items.into_iter().map(|r| {
                        let url = cycle.resource_url(r);
                        html! {
                            <li>
                                { external_link(&r.title, &url, labels) }
                                // A room cannot click: the address, short, for people to note.
                                <span class="resource-address">{ short_address(&url) }</span>
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

/// A web address as people say it: no `https://`, no `www.`, no `/` at the end.
fn short_address(url: &str) -> String {
    let bare = url.strip_prefix("https://").unwrap_or(url);
    bare.strip_prefix("www.").unwrap_or(bare).trim_end_matches('/').to_string()
}
