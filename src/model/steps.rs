//! The steps of a presentation: which there are, in what order, what each is called, and the
//! minutes planned for them.

use super::route::{closing_number, Part, View};
use crate::content::outline::Outline;
use crate::content::{fill, Audience, Nation, StagePlace};

/// Every step of a presentation through a lens, in order: the introduction; for each stage its
/// explanation, then its openers with parents, then with children (those the lens shows), then
/// its resources; the hub last; then the closing steps: the explorer's address, and the pages
/// of helplines for all of the UK and for the nation chosen (every nation's, with none).
pub fn steps(outline: &Outline, lens: Audience, nation: Option<Nation>) -> Vec<View> {
    let parts = Part::ALL.into_iter().filter(move |part| part.shown_to(lens));
    let stages = outline.stages_in_order().flat_map(move |(place, _)| parts.clone().map(move |part| View::Stage(place, part)));
    // Each closing page's nation, as the data block writes it: 0 for the UK, then 1 to 4.
    let shown = move |written: u8| written == b'0' || nation.is_none_or(|n| Nation::ALL.get(usize::from(written.wrapping_sub(b'1'))) == Some(&n));
    let closing = outline.closing.bytes().zip(1..).filter(move |(written, _)| shown(*written)).map(|(_, page)| View::End(page));
    std::iter::once(View::Introduction).chain(stages).chain(std::iter::once(View::End(0))).chain(closing).collect()
}

/// Where a step sits among the steps. Anything else (a panel, say) counts as the introduction,
/// so Next from there starts the presentation.
pub fn step_number(steps: &[View], view: View) -> usize {
    steps.iter().position(|step| *step == view).unwrap_or(0)
}

/// The step `offset` steps on from `view`, stopping at the first and last (unlike the list of
/// stages, which goes round: a presentation has a beginning and an end).
pub fn step_from(steps: &[View], view: View, offset: isize) -> View {
    let here = step_number(steps, view) as isize;
    steps[(here + offset).clamp(0, steps.len() as isize - 1) as usize]
}

/// The view for stage number `number` (1-based, in cycle order), if there is one.
pub fn stage_number_view(outline: &Outline, number: usize) -> Option<View> {
    let place: StagePlace = outline.stages_in_order().nth(number.checked_sub(1)?)?.0;
    Some(View::Stage(place, Part::Explanation))
}

/// What a step is called, for the speaker view: "Living in survival mode: openers with
/// parents".
pub fn step_name(outline: &Outline, view: View) -> String {
    let labels = &outline.labels;
    match view {
        View::Introduction => labels.step_introduction.to_string(),
        View::End(0) => labels.step_end.to_string(),
        View::End(page) => fill(&labels.step_closing_page, &[("number", closing_number(page))]),
        View::Info(panel) => panel.title(&outline.panel_titles).to_string(),
        View::Stage(place, part) => {
            let title = outline.stage(place).map_or("", |s| s.title.as_ref());
            let label = match part {
                Part::Explanation => return title.to_string(),
                Part::Openers => &labels.step_openers,
                Part::ChildOpeners => &labels.step_child_openers,
                Part::Resources => &labels.step_resources,
            };
            fill(label, &[("title", title)])
        }
    }
}

/// The minutes planned for a step (0: none). The data block writes a character a step, in the
/// order of [`steps`] through every lens: its code less `0`'s is the minutes.
fn planned(outline: &Outline, view: View) -> u32 {
    let index = match view {
        View::Introduction => Some(0),
        View::Stage(place, part) => outline
            .stages_in_order()
            .position(|(p, _)| p == place)
            .and_then(|stage| Some(1 + stage * Part::ALL.len() + Part::ALL.iter().position(|p| *p == part)?)),
        View::End(_) | View::Info(_) => None,
    };
    index.and_then(|i| outline.plan.as_bytes().get(i)).map_or(0, |b| u32::from(b.saturating_sub(b'0')))
}

/// How the presentation is doing against the minutes planned, at `step` after `elapsed_ms`:
/// minutes behind (positive) or ahead (negative) of the plan, if there is one. On plan while
/// the time spent falls within the step's planned minutes.
pub fn pacing(outline: &Outline, steps: &[View], step: View, elapsed_ms: u64) -> Option<i64> {
    if outline.plan.is_empty() {
        return None;
    }
    let here = step_number(steps, step);
    let before = i64::from(steps[..here].iter().map(|s| planned(outline, *s)).sum::<u32>());
    let through = before + i64::from(planned(outline, step));
    let elapsed = (elapsed_ms / 60_000) as i64;
    Some(elapsed - elapsed.clamp(before, through))
}
