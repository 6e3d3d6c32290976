//! A presentation: the steps a trainer walks through, in order, and the keys that move
//! through them (the keys trainers know from reveal.js, and those a USB clicker sends).

use super::route::{Part, View};
use crate::content::outline::Outline;
use crate::content::StagePlace;

/// Every step of a presentation, in order: the introduction; for each stage its explanation,
/// then its openers, then its resources; the hub last; then the end.
pub fn steps(outline: &Outline) -> Vec<View> {
    let stages = outline.stages_in_order().flat_map(|(place, _)| Part::ALL.map(|part| View::Stage(place, part)));
    std::iter::once(View::Introduction).chain(stages).chain(std::iter::once(View::End)).collect()
}

/// Where a view sits among the steps. A panel that is not a step (Get support, say) counts as
/// the introduction, so Next from there starts the presentation.
pub fn step_number(outline: &Outline, view: View) -> usize {
    steps(outline).iter().position(|step| *step == view).unwrap_or(0)
}

/// The step `offset` steps on from `view`, stopping at the first and last.
pub fn step_from(outline: &Outline, view: View, offset: isize) -> View {
    let steps = steps(outline);
    let here = step_number(outline, view) as isize;
    steps[(here + offset).clamp(0, steps.len() as isize - 1) as usize]
}

/// What a key asks of a presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// Jump to the stage with this number (1 is the first in cycle order).
    Stage(usize),
    /// The whole cycle, nothing selected (press again to return).
    Overview,
    /// A black screen (press again to return).
    Blank,
    Fullscreen,
    /// Show or hide the list of keys.
    Help,
    /// Open the speaker view in another window.
    SpeakerView,
    /// Start or stop presenting.
    TogglePresenting,
    /// Close the key list, or bring back a blank screen, or show the overview.
    Escape,
}

/// The command for a key (`KeyboardEvent.key`) while presenting.
pub fn command_for_key(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" | "n" | "N" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "o" | "O" => Command::Overview,
        "Escape" => Command::Escape,
        "b" | "B" | "." => Command::Blank,
        "f" | "F" => Command::Fullscreen,
        "?" => Command::Help,
        "s" | "S" => Command::SpeakerView,
        "p" | "P" => Command::TogglePresenting,
        digit if digit.len() == 1 && ('1'..='9').contains(&digit.chars().next()?) => {
            Command::Stage(digit.parse().ok()?)
        }
        _ => return None,
    })
}

/// The view for stage number `number` (1-based, in cycle order), if there is one.
pub fn stage_number_view(outline: &Outline, number: usize) -> Option<View> {
    let place: StagePlace = outline.stages_in_order().nth(number.checked_sub(1)?)?.0;
    Some(View::Stage(place, Part::Explanation))
}
