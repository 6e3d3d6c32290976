//! The introduction, the first-visit note, and the explorer's own panels: Get support,
//! Responding to a disclosure, Looking after yourself, and About this diagram.

use yew::prelude::*;

use super::rich_text::{rich_inline, rich_paragraphs};
use super::DocumentProps;
use crate::content::CycleRef;
use crate::content::{fill, ClosingPage, Cycle, Helplines, Labels, Nation, Service};
use crate::contract::{self, id, Control, Slot, ALL_NATIONS, CLOSING_PAGES};
use crate::model::route::InfoPanel;
use crate::view::controls::{control_button, control_radio, slot, words};

/// What the panel shows before a stage is chosen.
#[component]
pub fn IntroSection(props: &DocumentProps) -> Html {
    let cycle = &props.cycle.0;
    let (intro, labels) = (&cycle.introduction, &cycle.labels);
    html! {
        <section id={ id::INTRODUCTION } aria-labelledby={ contract::heading_id(id::INTRODUCTION) } class="panel-section intro-section">
            <h2 id={ contract::heading_id(id::INTRODUCTION) } tabindex="-1">{ intro.heading.as_ref() }</h2>
            { rich_paragraphs(&intro.text, labels) }
            <div class="how-to-use">{ rich_paragraphs(&intro.how_to_use, labels) }</div>
            if let Some(first) = cycle.stages.first() {
                <p class="start-link"><a class="button" href={ format!("#{}", first.id) }>{ labels.start_from_beginning.as_ref() }</a></p>
            }
        </section>
    }
}

/// The note shown once, on a first visit: what the explorer covers, a choice to go on, and
/// where to find support.
#[component]
pub fn ContentNoteSection(props: &DocumentProps) -> Html {
    let cycle = &props.cycle.0;
    let (note, labels) = (&cycle.content_note, &cycle.labels);
    html! {
        <section id={ id::CONTENT_NOTE } aria-labelledby={ contract::heading_id(id::CONTENT_NOTE) } class="panel-section content-note">
            <h2 id={ contract::heading_id(id::CONTENT_NOTE) } tabindex="-1">{ note.title.as_ref() }</h2>
            { rich_paragraphs(&note.text, labels) }
            { control_button(Control::Continue, "button", words(&labels.continue_reading)) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct InfoSectionProps {
    pub cycle: CycleRef,
    pub panel: InfoPanel,
}

/// One of the explorer's own panels.
#[component]
pub fn InfoSection(props: &InfoSectionProps) -> Html {
    let cycle = &props.cycle.0;
    let labels = &cycle.labels;
    let id = props.panel.name();
    let titles = cycle.panel_titles();
    let body = match props.panel {
        InfoPanel::GetSupport => support_body(cycle),
        InfoPanel::Disclosure => disclosure_body(cycle),
        InfoPanel::SelfCare => rich_paragraphs(&cycle.self_care.text, labels),
        InfoPanel::About => about_body(cycle),
    };
    html! {
        <section { id } aria-labelledby={ contract::heading_id(id) } class="panel-section info-section">
            // Focus moves here when the panel is opened from a link, so it can take focus.
            <h2 id={ contract::heading_id(id) } tabindex="-1">{ props.panel.title(&titles) }</h2>
            { body }
        </section>
    }
}

fn support_body(cycle: &Cycle) -> Html {
    let (support, labels) = (&cycle.support, &cycle.labels);
    let pages = cycle.closing_pages();
    // Which closing pages of a presentation each helpline of a group is on (`on-end-1`…).
    let on_pages = |local: bool, service: usize| -> Vec<&'static str> {
        let in_group = |page: &&ClosingPage| (page.helplines == Helplines::Local) == local && page.services.contains(&service);
        pages.iter().zip(CLOSING_PAGES).filter(|(page, _)| in_group(page)).map(|(_, part)| part).collect()
    };
    html! {
        <>
            { rich_paragraphs(&support.text, labels) }
            { closing_explore(cycle) }
            { nation_choice(labels, Control::Nation.name(), "nations needs-app") }
            { for pages.iter().zip(CLOSING_PAGES).map(|(page, part)| {
                let heading = match page.helplines {
                    Helplines::Local => local_heading(cycle),
                    Helplines::Uk => labels.closing_uk.to_string(),
                    Helplines::Nation(nation) => fill(&labels.closing_nation, &[("nation", labels.nation(nation))]),
                };
                html! { <p class={ classes!("closing-heading", format!("on-{part}")) }>{ heading }</p> }
            }) }
            if let Some(edition) = &cycle.edition {
                <h3 class="local-heading">{ local_heading(cycle) }</h3>
                <ul class="services">
                    { for edition.contacts.iter().enumerate().map(|(i, contact)| service_item(contact, cycle, &on_pages(true, i))) }
                </ul>
                <p class="local-kept-by">{ fill(&labels.edition_kept_by, &[("maintainer", &edition.maintained_by)]) }</p>
            }
            <ul class="services">
                { for support.services.iter().enumerate().map(|(i, service)| service_item(service, cycle, &on_pages(false, i))) }
            </ul>
            <div class="support-note">{ rich_paragraphs(&support.note, labels) }</div>
        </>
    }
}

/// Above a local edition's contacts: "In Salford".
fn local_heading(cycle: &Cycle) -> String {
    let area = cycle.edition.as_ref().map_or("", |e| e.name.as_ref());
    fill(&cycle.labels.edition_contacts, &[("area", area)])
}

/// Radio buttons for the reader's nation, which Get support follows (and a presentation's
/// closing pages).
pub fn nation_choice(labels: &Labels, group: &'static str, class: &'static str) -> Html {
    let choices = std::iter::once((ALL_NATIONS, labels.nation_all.as_ref())).chain(Nation::ALL.map(|n| (n.name(), labels.nation(n))));
    html! {
        <fieldset { class }>
            <legend>{ labels.nation_legend.as_ref() }</legend>
            { for choices.map(|(value, label)| control_radio(Control::Nation, group, value, value == ALL_NATIONS, words(label))) }
        </fieldset>
    }
}

/// A presentation's closing screen: where the audience can explore the cycle afterwards. The
/// site's public address, with a QR code, if the content file gives it; else the explorer's own
/// address, as the browser has it.
fn closing_explore(cycle: &Cycle) -> Html {
    let labels = &cycle.labels;
    html! {
        <p class="closing-explore">
            { labels.closing_explore.as_ref() }{ " " }
            if cycle.address.is_empty() {
                { slot(Slot::AppAddress, "strong", "closing-address") }
            } else {
                <strong class="closing-address">{ cycle.address.as_ref() }</strong>
                <img class="closing-qr" src={ format!("./{}", contract::QR_CODE) } alt="" width="200" height="200" loading="lazy" />
            }
        </p>
    }
}

/// A helpline: who it is for, how to reach it, when, and where; `pages` are the closing pages
/// of a presentation it is on.
/// A local edition's contacts serve no nation in particular: they are shown whichever nation
/// the reader chooses, and say nothing of where.
fn service_item(service: &Service, cycle: &Cycle, pages: &[&str]) -> Html {
    let labels = &cycle.labels;
    let local = service.nations.is_empty();
    let nations = if local { &Nation::ALL[..] } else { &service.nations[..] };
    let nations = nations.iter().map(|n| format!("for-{}", n.name()));
    let pages = pages.iter().map(|part| format!("on-{part}"));
    html! {
        <li class={ classes!("service", nations.collect::<Vec<_>>(), pages.collect::<Vec<_>>()) }>
            <h3 class="service-name">{ service.name.as_ref() }</h3>
            <p class="service-who">{ service.who.as_ref() }</p>
            if let (Some(phone), Some(href)) = (&service.phone, service.tel_href()) {
                <p class="service-phone">{ format!("{} ", labels.phone_prefix) }<a href={ href }>{ phone.as_ref() }</a></p>
            }
            if let Some(email) = &service.email {
                <p class="service-email">{ format!("{} ", labels.email_prefix) }<a href={ format!("mailto:{email}") }>{ email.as_ref() }</a></p>
            }
            <p class="service-hours">{ service.hours.as_ref() }</p>
            if !local {
                <p class="service-where">{ format!("{} {}", labels.service_where, where_served(service, cycle)) }</p>
            }
            if let Some(details) = &service.details {
                <p class="service-details">{ rich_inline(details, labels) }</p>
            }
            if !service.checked_on.is_empty() {
                <p class="service-checked">{ fill(&labels.service_checked, &[("date", &service.checked_on)]) }</p>
            }
        </li>
    }
}

/// "across the UK", or the nations: "England and Wales".
fn where_served(service: &Service, cycle: &Cycle) -> String {
    let labels = &cycle.labels;
    if service.uk_wide() {
        return labels.uk_wide.to_string();
    }
    let names: Vec<&str> = service.nations.iter().map(|n| labels.nation(*n)).collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), labels.list_and),
        None => String::new(),
    }
}

fn disclosure_body(cycle: &Cycle) -> Html {
    let (disclosure, labels) = (&cycle.disclosure, &cycle.labels);
    html! {
        <>
            { rich_paragraphs(&disclosure.text, labels) }
            if let Some(edition) = &cycle.edition {
                <h3>{ local_heading(cycle) }</h3>
                <ul class="services">{ for edition.contacts.iter().map(|contact| service_item(contact, cycle, &[])) }</ul>
            }
            { for disclosure.sections.iter().map(|section| html! {
                <>
                    <h3>{ section.heading.as_ref() }</h3>
                    <ul class="disclosure-steps">{ for section.steps.iter().map(|s| html! { <li>{ rich_inline(s, labels) }</li> }) }</ul>
                </>
            }) }
        </>
    }
}

fn about_body(cycle: &Cycle) -> Html {
    let labels = &cycle.labels;
    html! {
        <>
            { rich_paragraphs(&cycle.about.text, labels) }
            <ul class="sources">
                { for cycle.sources.iter().map(|s| html! { <li>{ rich_inline(&s.text, labels) }</li> }) }
            </ul>
        </>
    }
}
