//! The drawing of the cycle and the stages laid over it as tabs (WAI-ARIA tabs pattern).
//! The SVG is decoration; the stages are real links with `role="tab"`, so they work with a
//! keyboard, a screen reader, at any zoom, and (as plain links) before the app has loaded.

use yew::prelude::*;

use crate::content::outline::Outline;
use crate::content::StagePlace;
use crate::model::keys::tablist_target;
use crate::view::PANEL_ID;

/// What the drawing shows.
pub struct CycleDiagram {
    pub outline: &'static Outline,
    pub selected: Option<StagePlace>,
    /// The stage Tab lands on when entering the list.
    pub tab_stop: StagePlace,
    /// A stage was chosen. `true` when by keyboard, so focus follows it.
    pub on_select: Callback<(StagePlace, bool)>,
    /// Whether the arrow keys move between stages (not while presenting, when they move
    /// through the steps).
    pub arrow_keys: bool,
    /// The ids of the stages already explored, marked on the drawing.
    pub visited: Vec<String>,
}

/// The id of a stage's tab, for focus and for `aria-labelledby`.
pub fn tab_id(stage_id: &str) -> String {
    format!("tab-{stage_id}")
}

/// The drawing and its stages. (A plain function, not a component: it has no state of its
/// own, and each component adds its own copy of Yew's machinery to the bundle.)
pub fn cycle_diagram(props: CycleDiagram) -> Html {
    let outline = props.outline;
    let count = outline.stages.len();
    let drawing = &outline.drawing;

    let tabs = outline.stages_in_order().map(|(place, stage)| {
        let selected = props.selected == Some(place);
        let (position_class, number) = match place {
            StagePlace::Ring(i) => (format!("ring-i-{i}"), Some(i + 1)),
            StagePlace::Hub => ("hub-tab".to_string(), None),
        };
        let onclick = props.on_select.reform(move |event: MouseEvent| {
            event.prevent_default();
            (place, false)
        });
        let on_select = props.on_select.clone();
        let arrow_keys = props.arrow_keys;
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            if !arrow_keys {
                return;
            }
            if let Some(target) = tablist_target(outline, place, &event.key()) {
                event.prevent_default();
                on_select.emit((target, true));
            }
        });
        html! {
            <a role="tab" id={ tab_id(&stage.id) } href={ format!("#{}", stage.id) }
               class={ classes!("stage-tab", position_class, selected.then_some("is-selected")) }
               aria-selected={ if selected { "true" } else { "false" } }
               aria-controls={ PANEL_ID }
               tabindex={ if place == props.tab_stop { "0" } else { "-1" } }
               { onclick } { onkeydown }>
                if let Some(number) = number {
                    <span class="stage-number" aria-hidden="true">{ number }</span>
                }
                <span class="stage-label">{ stage.label.as_ref() }</span>
                if props.visited.iter().any(|v| *v == stage.id) {
                    <span class="visited-mark" aria-hidden="true">{ "✓" }</span>
                    <span class="visually-hidden">{ format!(" {}", outline.labels.explored) }</span>
                }
            </a>
        }
    });

    html! {
        <div class={ classes!("cycle", format!("ring-n-{count}"), outline.hub.is_some().then_some("has-hub")) }>
            <svg class="cycle-drawing" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                <circle class="ring-track" cx="50" cy="50" r={ drawing.ring_radius.to_string() } />
                { for drawing.spokes.iter().map(|[x1, y1, x2, y2]| html! {
                    <line class="spoke" x1={ x1.to_string() } y1={ y1.to_string() } x2={ x2.to_string() } y2={ y2.to_string() } />
                }) }
                { for drawing.arrows.iter().map(|arrow| html! {
                    <g class="arrow">
                        <path class="arrow-shaft" d={ arrow.shaft.to_string() } />
                        <polygon class="arrow-head" points={ arrow.head.to_string() } />
                    </g>
                }) }
                if outline.hub.is_some() {
                    <circle class="hub-node" cx="50" cy="50" r={ drawing.hub_radius.to_string() } />
                }
            </svg>
            <div class="stage-tabs" role="tablist" aria-label={ outline.labels.stages_list.to_string() }>
                { for tabs }
            </div>
        </div>
    }
}
