//! Waiting for the browser to paint.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long to wait for a paint that may never come: a hidden tab or a frame the browser
/// throttles does not paint.
const PAINT_WAIT_MS: i32 = 100;

/// Calls `then` once the browser has painted what has just changed, or after a short wait where
/// the page is not being painted.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let pending = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let run = move || {
        if let Some(then) = pending.take() {
            then();
        }
    };
    let window = gloo::utils::window();
    let (after_paint, after_wait) = (run.clone(), run);
    // A frame's callback runs just before its paint; a task it queues runs after.
    let after = Closure::once_into_js(after_paint);
    let before_paint = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(after.unchecked_ref());
    });
    let _ = window.request_animation_frame(before_paint.unchecked_ref());
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(Closure::once_into_js(after_wait).unchecked_ref(), PAINT_WAIT_MS);
}
