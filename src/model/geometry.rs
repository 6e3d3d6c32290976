//! Where things sit in the drawing. The drawing is a square 100 units across; the stage
//! buttons are laid over it by CSS using the same numbers as percentages (`styles/cycle.css`
//! places ring stage `i` of `n` at angle `i × 360° / n`, clockwise from the top, radius
//! [`RING_RADIUS`]).
//!
//! The drawing is prerendered ([`ring_layout`], drawn by `view::diagram`), so the explorer's
//! bundle needs no trigonometry or number formatting; the editor's preview draws it as the
//! content changes.

/// Distance from the centre to each stage, in drawing units (the drawing is 100 across).
pub const RING_RADIUS: f64 = 37.0;
/// Radius of the centre hub's circle.
pub const HUB_RADIUS: f64 = 13.0;
/// The share of the gap between two stages that each arrow spans.
const ARROW_SPAN: f64 = 0.4;
/// Length and half-width of an arrowhead.
const HEAD_LENGTH: f64 = 2.6;
const HEAD_HALF_WIDTH: f64 = 1.7;

/// A point in drawing units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    fn on_ring(radius: f64, degrees: f64) -> Point {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Point { x: 50.0 + radius * sin, y: 50.0 - radius * cos }
    }
}

/// An arrow along the ring from one stage towards the next.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// SVG path data for the curved shaft.
    pub shaft: String,
    /// SVG polygon points for the head.
    pub head: String,
}

/// Everything the drawing needs for one cycle.
#[derive(Clone, Debug, PartialEq)]
pub struct RingLayout {
    /// Centre of each ring stage, in cycle order (where CSS centres its button).
    pub stages: Vec<Point>,
    /// Arrow `i` leads from stage `i` to stage `i + 1` (the last back to the first).
    pub arrows: Vec<Arrow>,
    /// The hub's centre and the line from it towards each stage, if there is a hub.
    pub hub: Option<Point>,
    pub spokes: Vec<(Point, Point)>,
}

/// The angle of ring stage `index` of `count`, in degrees clockwise from the top.
pub fn stage_angle(index: usize, count: usize) -> f64 {
    index as f64 * 360.0 / count.max(1) as f64
}

/// Lays out `count` stages evenly round the ring, with an optional hub.
pub fn ring_layout(count: usize, with_hub: bool) -> RingLayout {
    let stages = (0..count).map(|i| Point::on_ring(RING_RADIUS, stage_angle(i, count))).collect();
    let step = 360.0 / count.max(1) as f64;
    let arrows = (0..count)
        .map(|i| {
            let middle = stage_angle(i, count) + step / 2.0;
            arrow_along_ring(middle - step * ARROW_SPAN / 2.0, middle + step * ARROW_SPAN / 2.0)
        })
        .collect();
    let hub = with_hub.then_some(Point { x: 50.0, y: 50.0 });
    let spokes = if with_hub {
        (0..count)
            .map(|i| {
                let angle = stage_angle(i, count);
                (Point::on_ring(HUB_RADIUS, angle), Point::on_ring(RING_RADIUS * 0.62, angle))
            })
            .collect()
    } else {
        Vec::new()
    };
    RingLayout { stages, arrows, hub, spokes }
}

/// A clockwise arc on the ring from `from` to `to` degrees, with its head at `to`.
fn arrow_along_ring(from: f64, to: f64) -> Arrow {
    let start = Point::on_ring(RING_RADIUS, from);
    // The shaft stops where the head begins, so the head's tip sits on the ring at `to`.
    let head_degrees = (HEAD_LENGTH / RING_RADIUS).to_degrees();
    let shaft_end = Point::on_ring(RING_RADIUS, to - head_degrees);
    let tip = Point::on_ring(RING_RADIUS, to);
    let (sin, cos) = (to - head_degrees).to_radians().sin_cos();
    // Outward from the centre at the head's base: (sin, -cos).
    let left = Point { x: shaft_end.x + HEAD_HALF_WIDTH * sin, y: shaft_end.y - HEAD_HALF_WIDTH * cos };
    let right = Point { x: shaft_end.x - HEAD_HALF_WIDTH * sin, y: shaft_end.y + HEAD_HALF_WIDTH * cos };
    let r = RING_RADIUS;
    Arrow {
        shaft: format!("M{} {}A{r} {r} 0 0 1 {} {}", n(start.x), n(start.y), n(shaft_end.x), n(shaft_end.y)),
        head: format!("{},{} {},{} {},{}", n(tip.x), n(tip.y), n(left.x), n(left.y), n(right.x), n(right.y)),
    }
}

/// A coordinate as markup prints it: two decimals, the same on every platform.
pub fn n(value: f64) -> String {
    let rounded = format!("{value:.2}");
    // "-0.00" and "0.00" must print alike on every platform.
    if rounded == "-0.00" { "0.00".to_string() } else { rounded }
}
