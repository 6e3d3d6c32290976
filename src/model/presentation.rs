//! A presentation: the steps a trainer walks through, in order (the keys that move through
//! them are in `keys`).

use super::route::{Part, View};
use crate::content::outline::Outline;
use crate::content::{Audience, StagePlace};

/// Every step of a presentation through a lens, in order: the introduction; for each stage its
/// explanation, then its openers with parents, then with children (those the lens shows), then
/// its resources; the hub last; then the end.
pub fn steps(outline: &Outline, lens: Audience) -> Vec<View> {
    let parts = Part::ALL.into_iter().filter(move |part| part.shown_to(lens));
    let stages = outline.stages_in_order().flat_map(move |(place, _)| parts.clone().map(move |part| View::Stage(place, part)));
    std::iter::once(View::Introduction).chain(stages).chain(std::iter::once(View::End)).collect()
}

/// Where a view sits among the steps. A panel that is not a step (Get support, say) counts as
/// the introduction, so Next from there starts the presentation.
pub fn step_number(outline: &Outline, lens: Audience, view: View) -> usize {
    steps(outline, lens).iter().position(|step| *step == view).unwrap_or(0)
}

/// The step `offset` steps on from `view`, stopping at the first and last.
pub fn step_from(outline: &Outline, lens: Audience, view: View, offset: isize) -> View {
    let steps = steps(outline, lens);
    let here = step_number(outline, lens, view) as isize;
    steps[(here + offset).clamp(0, steps.len() as isize - 1) as usize]
}

/// The view for stage number `number` (1-based, in cycle order), if there is one.
pub fn stage_number_view(outline: &Outline, number: usize) -> Option<View> {
    let place: StagePlace = outline.stages_in_order().nth(number.checked_sub(1)?)?.0;
    Some(View::Stage(place, Part::Explanation))
}
