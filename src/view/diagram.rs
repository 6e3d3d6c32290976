//! The drawing of the cycle, and the stages laid over it as tabs (WAI-ARIA tabs pattern). The
//! SVG is decoration; the stages are real links with `role="tab"`, so they work with a
//! keyboard, a screen reader, at any zoom, and (as plain links) before the app has started.
//! The drawing is prerendered; the list of stages ([`StageTabs`]) is also what the app renders
//! in the browser, as the state changes.

use yew::prelude::*;

use crate::content::outline::OutlineRef;
use crate::content::StagePlace;
use crate::contract::{self, id};
use crate::model::geometry::{n, ring_layout, HUB_RADIUS, RING_RADIUS};
use crate::model::page::TabsView;

#[derive(Properties, PartialEq)]
pub struct StageTabsProps {
    pub outline: OutlineRef,
    pub tabs: TabsView,
}

/// The stages as tabs: the selected one marked (not by colour alone), the explored ones ticked,
/// and only one in the Tab order. Each tab is its own component, so a switch re-renders only
/// the tabs that changed.
#[component]
pub fn StageTabs(props: &StageTabsProps) -> Html {
    let tabs = &props.tabs;
    props
        .outline
        .0
        .stages_in_order()
        .enumerate()
        .map(|(i, (place, _))| {
            html! {
                <StageTab outline={ props.outline.clone() } { place }
                          selected={ tabs.selected == Some(place) }
                          tab_stop={ tabs.tab_stop.map(|stop| stop == place) }
                          visited={ tabs.visited.get(i).copied().unwrap_or(false) } />
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct StageTabProps {
    pub outline: OutlineRef,
    pub place: StagePlace,
    pub selected: bool,
    /// Whether Tab lands here (`None` before the app runs: every stage is a plain link).
    pub tab_stop: Option<bool>,
    pub visited: bool,
}

/// One stage's tab.
#[component]
fn StageTab(props: &StageTabProps) -> Html {
    let outline = &props.outline.0;
    let Some(stage) = outline.stage(props.place) else { return Html::default() };
    let (position_class, number) = match props.place {
        StagePlace::Ring(i) => (format!("ring-i-{i}"), Some(i + 1)),
        StagePlace::Hub => ("hub-tab".to_string(), None),
    };
    // One string, not `classes!`, whose set of names costs the app's bundle a hash table.
    let class = format!("stage-tab {position_class}{}", if props.selected { " is-selected" } else { "" });
    html! {
        <a role="tab" id={ contract::tab_id(&stage.id) } href={ format!("#{}", stage.id) }
           { class }
           aria-selected={ if props.selected { "true" } else { "false" } }
           aria-controls={ id::PANEL }
           tabindex={ props.tab_stop.map(|stop| if stop { "0" } else { "-1" }) }>
            if let Some(number) = number {
                <span class="stage-number" aria-hidden="true">{ number }</span>
            }
            <span class="stage-label">{ stage.label.as_ref() }</span>
            if props.visited {
                <span class="visited-mark" aria-hidden="true">{ "✓" }</span>
                <span class="visually-hidden">{ format!(" {}", outline.labels.explored) }</span>
            }
        </a>
    }
}

/// The drawing and its list of stages.
pub fn cycle_diagram(outline: &OutlineRef, tabs: TabsView) -> Html {
    let o = &outline.0;
    let layout = ring_layout(o.stages.len(), o.hub.is_some());
    html! {
        <div class={ classes!("cycle", format!("ring-n-{}", o.stages.len()), o.hub.is_some().then_some("has-hub")) }>
            <svg class="cycle-drawing" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                <circle class="ring-track" cx="50" cy="50" r={ n(RING_RADIUS) } />
                { for layout.spokes.iter().map(|(from, to)| html! {
                    <line class="spoke" x1={ n(from.x) } y1={ n(from.y) } x2={ n(to.x) } y2={ n(to.y) } />
                }) }
                { for layout.arrows.iter().map(|arrow| html! {
                    <g class="arrow">
                        <path class="arrow-shaft" d={ arrow.shaft.clone() } />
                        <polygon class="arrow-head" points={ arrow.head.clone() } />
                    </g>
                }) }
                if o.hub.is_some() {
                    <circle class="hub-node" cx="50" cy="50" r={ n(HUB_RADIUS) } />
                }
            </svg>
            <div id={ id::TABS } class="stage-tabs" role="tablist" aria-label={ o.labels.stages_list.to_string() }>
                <StageTabs outline={ outline.clone() } { tabs } />
            </div>
        </div>
    }
}
