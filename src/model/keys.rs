//! What keys do: one table, from which both the key handling and the list of keys shown on
//! screen are made. The keys are those trainers know from reveal.js and those a USB clicker
//! sends.

use super::route::Mode;
use crate::content::outline::Outline;
use crate::content::StagePlace;

/// What a key (or a presenter's button) asks for.
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
    Keys,
    /// Open the speaker view in another window.
    SpeakerView,
    /// Start or stop presenting.
    Present,
    /// Close the key list, or bring back a blank screen, or show or leave the overview.
    Escape,
}

impl Command {
    /// Whether the command works here. Outside a presentation only P (start presenting) is a
    /// shortcut, and, embedded in another site, only F (full screen); the speaker view cannot
    /// stop presenting or open itself.
    pub fn works_in(self, mode: Mode, embed: bool) -> bool {
        match mode {
            Mode::Present => true,
            Mode::Speaker => !matches!(self, Command::Present | Command::SpeakerView),
            Mode::Explore if embed => self == Command::Fullscreen,
            Mode::Explore => self == Command::Present,
        }
    }
}

/// A row of the list of keys: what the keys do (the name of a label in the content file's
/// `[labels]`), and each key (`KeyboardEvent.key`) with its command.
pub struct KeyRow {
    pub label: KeyLabel,
    pub keys: &'static [(&'static str, Command)],
}

/// Which label says what a row of keys does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyLabel {
    Next,
    Previous,
    FirstLast,
    Stage,
    Overview,
    Blank,
    Fullscreen,
    SpeakerView,
    Keys,
    Present,
}

/// Every key, in the order the list of keys shows them.
pub const KEY_TABLE: [KeyRow; 10] = [
    KeyRow {
        label: KeyLabel::Next,
        keys: &[
            ("ArrowRight", Command::Next),
            ("ArrowDown", Command::Next),
            ("PageDown", Command::Next),
            (" ", Command::Next),
            ("Enter", Command::Next),
            ("n", Command::Next),
            ("N", Command::Next),
        ],
    },
    KeyRow {
        label: KeyLabel::Previous,
        keys: &[("ArrowLeft", Command::Previous), ("ArrowUp", Command::Previous), ("PageUp", Command::Previous), ("Backspace", Command::Previous)],
    },
    KeyRow { label: KeyLabel::FirstLast, keys: &[("Home", Command::First), ("End", Command::Last)] },
    KeyRow {
        label: KeyLabel::Stage,
        keys: &[
            ("1", Command::Stage(1)),
            ("2", Command::Stage(2)),
            ("3", Command::Stage(3)),
            ("4", Command::Stage(4)),
            ("5", Command::Stage(5)),
            ("6", Command::Stage(6)),
            ("7", Command::Stage(7)),
            ("8", Command::Stage(8)),
            ("9", Command::Stage(9)),
        ],
    },
    KeyRow { label: KeyLabel::Overview, keys: &[("o", Command::Overview), ("O", Command::Overview), ("Escape", Command::Escape)] },
    KeyRow { label: KeyLabel::Blank, keys: &[("b", Command::Blank), ("B", Command::Blank), (".", Command::Blank)] },
    KeyRow { label: KeyLabel::Fullscreen, keys: &[("f", Command::Fullscreen), ("F", Command::Fullscreen)] },
    KeyRow { label: KeyLabel::SpeakerView, keys: &[("s", Command::SpeakerView), ("S", Command::SpeakerView)] },
    KeyRow { label: KeyLabel::Keys, keys: &[("?", Command::Keys)] },
    KeyRow { label: KeyLabel::Present, keys: &[("p", Command::Present), ("P", Command::Present)] },
];

/// The command for a key, anywhere in the page.
pub fn command_for_key(key: &str) -> Option<Command> {
    KEY_TABLE.iter().flat_map(|row| row.keys).find(|(name, _)| *name == key).map(|(_, command)| *command)
}

/// How a row's keys are written on screen: arrows as arrows, a letter once (not in both
/// cases), and a run of digits as its first and last.
pub fn shown_keys(row: &KeyRow) -> Vec<&'static str> {
    let mut shown: Vec<&'static str> = Vec::new();
    for (name, command) in row.keys {
        let label = match *name {
            "ArrowRight" => "→",
            "ArrowLeft" => "←",
            "ArrowDown" => "↓",
            "ArrowUp" => "↑",
            "PageDown" => "Page Down",
            "PageUp" => "Page Up",
            " " => "Space",
            "Escape" => "Esc",
            "n" | "o" | "b" | "f" | "s" | "p" => continue,
            _ if matches!(command, Command::Stage(n) if *n > 1 && *n < 9) => continue,
            other => other,
        };
        if matches!(command, Command::Stage(9)) {
            shown.push("…");
        }
        shown.push(label);
    }
    shown
}

/// The stage a key moves to within the list of stages (WAI-ARIA tabs pattern): arrows step
/// through the cycle clockwise or back, wrapping; Home and End go to the first and last.
pub fn tablist_target(outline: &Outline, current: StagePlace, key: &str) -> Option<StagePlace> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(outline.round_from(current, 1)),
        "ArrowLeft" | "ArrowUp" => Some(outline.round_from(current, -1)),
        "Home" => outline.stages_in_order().next().map(|(p, _)| p),
        "End" => outline.stages_in_order().last().map(|(p, _)| p),
        _ => None,
    }
}
