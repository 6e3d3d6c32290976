//! The introduction and the explorer's own panels: Get support, Looking after yourself, and
//! About this diagram.

use yew::prelude::*;

use super::rich_text::{rich_inline, rich_paragraphs};
use crate::content::{fill, Cycle};
use crate::model::route::InfoPanel;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub cycle: &'static Cycle,
}

/// What the panel shows before a stage is chosen.
#[component]
pub fn IntroSection(props: &SectionProps) -> Html {
    let intro = &props.cycle.introduction;
    let labels = &props.cycle.labels;
    html! {
        <section id="introduction" aria-labelledby="introduction-heading"
                 class="panel-section intro-section">
            <h2 id="introduction-heading" tabindex="-1">{ intro.heading.as_ref() }</h2>
            { rich_paragraphs(&intro.text, labels) }
            <div class="how-to-use">{ rich_paragraphs(&intro.how_to_use, labels) }</div>
            if let Some(first) = props.cycle.stages.first() {
                <p><a class="button" href={ format!("#{}", first.id) }>{ labels.start_from_beginning.as_ref() }</a></p>
            }
        </section>
    }
}

/// The note shown once, on a first visit: what the explorer covers, a choice to go on, and
/// where to find support.
#[component]
pub fn ContentNoteSection(props: &SectionProps) -> Html {
    let note = &props.cycle.content_note;
    let labels = &props.cycle.labels;
    html! {
        <section id="content-note" aria-labelledby="content-note-heading" class="panel-section content-note">
            <h2 id="content-note-heading" tabindex="-1">{ note.title.as_ref() }</h2>
            { rich_paragraphs(&note.text, labels) }
            // Works once the app is running: the app shows this section only then.
            <button type="button" class="button" data-action="continue">{ labels.continue_reading.as_ref() }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct InfoSectionProps {
    pub cycle: &'static Cycle,
    pub panel: InfoPanel,
}

/// One of the explorer's own panels.
#[component]
pub fn InfoSection(props: &InfoSectionProps) -> Html {
    let cycle = props.cycle;
    let labels = &cycle.labels;
    let id = props.panel.id();
    let heading_id = format!("{id}-heading");
    let (title, body) = match props.panel {
        InfoPanel::GetSupport => (&cycle.support.title, support_body(cycle)),
        InfoPanel::SelfCare => (&cycle.self_care.title, rich_paragraphs(&cycle.self_care.text, labels)),
        InfoPanel::About => (&cycle.about.title, about_body(cycle)),
    };
    html! {
        <section { id } aria-labelledby={ heading_id.clone() }
                 class="panel-section info-section">
            // Focus moves here when the panel is opened from a link, so it can take focus.
            <h2 id={ heading_id } tabindex="-1">{ title.as_ref() }</h2>
            { body }
        </section>
    }
}

fn support_body(cycle: &Cycle) -> Html {
    let support = &cycle.support;
    let labels = &cycle.labels;
    html! {
        <>
            { rich_paragraphs(&support.text, labels) }
            <ul class="services">
                { for support.services.iter().map(|service| html! {
                    <li class="service">
                        <h3 class="service-name">{ service.name.as_ref() }</h3>
                        if let (Some(phone), Some(href)) = (&service.phone, service.tel_href()) {
                            <p class="service-phone">
                                { format!("{} ", labels.phone_prefix) }
                                <a href={ href }>{ phone.as_ref() }</a>
                            </p>
                        }
                        if let Some(email) = &service.email {
                            <p class="service-email">
                                { format!("{} ", labels.email_prefix) }
                                <a href={ format!("mailto:{email}") }>{ email.as_ref() }</a>
                            </p>
                        }
                        <p class="service-details">{ rich_inline(&service.details, labels) }</p>
                    </li>
                }) }
            </ul>
            <p class="checked-on">{ fill(&labels.checked_on, &[("date", &support.checked_on)]) }</p>
        </>
    }
}

fn about_body(cycle: &Cycle) -> Html {
    let labels = &cycle.labels;
    html! {
        <>
            { rich_paragraphs(&cycle.about.text, labels) }
            <ul class="sources">
                { for cycle.about.sources.iter().map(|s| html! { <li>{ rich_inline(s, labels) }</li> }) }
            </ul>
        </>
    }
}
