//! What keys do. Pure functions of the key name (`KeyboardEvent.key`) and the state.

use crate::content::outline::Outline;
use crate::content::StagePlace;

/// The stage a key moves to within the list of stages (WAI-ARIA tabs pattern): arrows step
/// through the cycle clockwise or back, wrapping; Home and End go to the first and last.
pub fn tablist_target(outline: &Outline, current: StagePlace, key: &str) -> Option<StagePlace> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(outline.step_from(current, 1)),
        "ArrowLeft" | "ArrowUp" => Some(outline.step_from(current, -1)),
        "Home" => outline.stages_in_order().next().map(|(p, _)| p),
        "End" => outline.stages_in_order().last().map(|(p, _)| p),
        _ => None,
    }
}
