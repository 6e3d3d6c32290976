//! The drawing is computed from the content: any number of stages from 3 to 12, with or
//! without a hub, evenly round the ring, clockwise from the top.
#![cfg(not(target_arch = "wasm32"))]

use adversity_cycle::model::geometry::{n, ring_layout, stage_angle, Point, RING_RADIUS};

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

const CENTRE: Point = Point { x: 50.0, y: 50.0 };

fn check_ring(count: usize, with_hub: bool) {
    let layout = ring_layout(count, with_hub);
    assert_eq!(layout.stages.len(), count);
    assert_eq!(layout.arrows.len(), count, "one arrow from each stage to the next");
    // The first stage is at the top; the second is to its right (clockwise).
    assert!((layout.stages[0].x - 50.0).abs() < 1e-9 && layout.stages[0].y < 50.0);
    assert!(layout.stages[1].x > 50.0);
    for point in &layout.stages {
        assert!((distance(*point, CENTRE) - RING_RADIUS).abs() < 1e-9, "every stage sits on the ring");
        assert!(point.x > 0.0 && point.x < 100.0 && point.y > 0.0 && point.y < 100.0, "inside the drawing");
    }
    // Evenly spaced: every neighbour is the same distance away, the last back to the first.
    let gaps: Vec<f64> = (0..count).map(|i| distance(layout.stages[i], layout.stages[(i + 1) % count])).collect();
    for gap in &gaps {
        assert!((gap - gaps[0]).abs() < 1e-9, "uneven ring for {count}: {gaps:?}");
    }
    assert_eq!(layout.hub.is_some(), with_hub);
    assert_eq!(layout.spokes.len(), if with_hub { count } else { 0 });
    for arrow in &layout.arrows {
        assert!(arrow.shaft.starts_with('M') && arrow.shaft.contains('A'));
        assert_eq!(arrow.head.split(' ').count(), 3, "an arrowhead is a triangle");
        assert!(!arrow.shaft.contains("NaN") && !arrow.head.contains("NaN"));
    }
}

#[test]
fn three_stages_with_and_without_a_hub() {
    check_ring(3, true);
    check_ring(3, false);
}

#[test]
fn six_stages_with_and_without_a_hub() {
    check_ring(6, true);
    check_ring(6, false);
}

#[test]
fn twelve_stages_with_and_without_a_hub() {
    check_ring(12, true);
    check_ring(12, false);
}

#[test]
fn angles_go_clockwise_from_the_top_in_equal_steps() {
    assert_eq!(stage_angle(0, 6), 0.0);
    assert_eq!(stage_angle(1, 6), 60.0);
    assert_eq!(stage_angle(3, 12), 90.0);
    assert_eq!(stage_angle(2, 3), 240.0);
}

#[test]
fn arrows_point_clockwise_from_each_stage_towards_the_next() {
    let layout = ring_layout(4, false);
    // The first arrow lies between the top stage and the right-hand stage.
    let head: Vec<f64> = layout.arrows[0].head.split([' ', ',']).map(|v| v.parse().unwrap()).collect();
    let tip = Point { x: head[0], y: head[1] };
    assert!(tip.x > 50.0 && tip.y < 50.0, "first arrow is in the top-right quarter: {tip:?}");
    assert!(distance(tip, layout.stages[1]) < distance(tip, layout.stages[0]), "its tip is nearer the next stage");
}

#[test]
fn coordinates_print_the_same_on_every_platform() {
    assert_eq!(n(-0.0001), "0.00");
    assert_eq!(n(12.345678), "12.35");
    assert_eq!(n(50.0), "50.00");
}
