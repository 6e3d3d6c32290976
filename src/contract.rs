//! The contract between the prerendered page and the app that takes it over: every id,
//! attribute, control, text slot, mark, storage key and message name that two parts of the
//! code must agree on, named once.
//!
//! - The prerendering view writes them (through these names), the browser edge reads them
//!   (through these names), and the build fills the scripts' `{{…}}` placeholders from
//!   [`script_constants`]. The styles select them; a test checks that every attribute and id
//!   they select is one named here. No other file spells any of them.
//! - It imports nothing, so every part of the code can depend on it.

/// Ids in the page that both halves use.
pub mod id {
    /// Where the header and the drawing go (`index.html`).
    pub const APP: &str = "app";
    /// Where the content goes (`index.html`); the tabs name it in `aria-controls`.
    pub const PANEL: &str = "panel";
    /// Shown when the interactive version cannot start.
    pub const STARTUP_NOTE: &str = "startup-note";
    /// The list of stages, which the app renders.
    pub const TABS: &str = "cycle-stages";
    pub const SHARE_DIALOG: &str = "share-dialog";
    pub const KEYS_DIALOG: &str = "keys-dialog";
    /// A presentation's toolbar.
    pub const PRESENTER_CONTROLS: &str = "presenter-controls";
    pub const SHARE_LINK: &str = "share-link";
    pub const SHARE_EMBED: &str = "share-embed";
    /// The introduction's section, shown before a stage is chosen.
    pub const INTRODUCTION: &str = "introduction";
    /// The first-visit note's section.
    pub const CONTENT_NOTE: &str = "content-note";
    pub const GET_SUPPORT: &str = "get-support";
    pub const SELF_CARE: &str = "looking-after-yourself";
    pub const ABOUT: &str = "about-this-diagram";
    pub const DISCLOSURE: &str = "responding-to-a-disclosure";
    /// The last step of a presentation, in the address only (it shows Get support).
    pub const END: &str = "end";
    /// Where the content editor goes (`edit.html`), and its text box.
    pub const EDITOR: &str = "editor";
    pub const EDITOR_TEXT: &str = "editor-text";
    /// The editor's choice of file (the content, or a local edition), and the name for a new
    /// edition.
    pub const EDITOR_FILE: &str = "editor-file";
    pub const EDITOR_NEW_EDITION: &str = "editor-new-edition";
    /// The editor's search of the file's items.
    pub const EDITOR_SEARCH: &str = "editor-search";
    /// The page's data block: what the app needs of the content, as JSON
    /// (`content::outline::Outline`).
    pub const OUTLINE: &str = "outline";
}

/// Ids of sections the explorer keeps for itself: links in the content may name them.
pub const RESERVED_IDS: [&str; 7] =
    [id::INTRODUCTION, id::CONTENT_NOTE, id::GET_SUPPORT, id::SELF_CARE, id::ABOUT, id::DISCLOSURE, id::END];

/// Every other id of the page's own, which a stage's id would clash with.
pub const PAGE_IDS: [&str; 15] = [
    id::APP,
    id::PANEL,
    id::STARTUP_NOTE,
    id::TABS,
    id::SHARE_DIALOG,
    id::KEYS_DIALOG,
    id::PRESENTER_CONTROLS,
    id::SHARE_LINK,
    id::SHARE_EMBED,
    id::EDITOR,
    id::EDITOR_TEXT,
    id::EDITOR_FILE,
    id::EDITOR_NEW_EDITION,
    id::EDITOR_SEARCH,
    id::OUTLINE,
];

/// The id of a stage's tab.
pub fn tab_id(stage_id: &str) -> String {
    format!("{TAB_PREFIX}{stage_id}")
}

/// The stage a tab's id is for.
pub fn stage_of_tab(tab_id: &str) -> Option<&str> {
    tab_id.strip_prefix(TAB_PREFIX)
}

const TAB_PREFIX: &str = "tab-";

/// The id of a section's heading (focus moves there when the section is opened from a link).
pub fn heading_id(section_id: &str) -> String {
    format!("{section_id}-heading")
}

/// The id of a stage's notes box.
pub fn note_box_id(stage_id: &str) -> String {
    format!("note-{stage_id}")
}

/// The class of the panel section on show.
pub const CURRENT_CLASS: &str = "is-current";

/// Declares an enum whose variants each have one name, written beside the variant, with
/// `ALL` (every variant, in order), `name()` and `parse()` made from that one list, so a
/// variant can never be left out of either. Used for every enum whose names the page, the
/// address, storage or the content file spell.
macro_rules! named {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $text:expr,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant,)*];

            /// Its name, as written in the page, the address, storage or the content file.
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// Reads a name; `None` for anything that is not one.
            pub fn parse(name: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|variant| variant.name() == name)
            }
        }
    };
}
pub(crate) use named;

named! {
    /// Marks the app (and the boot script, before it) sets on `<html>`; the styles follow them.
    /// A mark's name is its attribute.
    pub enum Mark {
        /// The app has taken over the page.
        Live = "data-live",
        /// `present` or `speaker` (the same words as the address's `?mode=`).
        Mode = "data-mode",
        Embed = "data-embed",
        /// `parents` or `children`; absent for both.
        Lens = "data-lens",
        /// The reader's nation, which Get support follows; absent for all of the UK.
        Nation = "data-nation",
        /// While presenting: a stage's later step (`openers`, `children`, `resources`), `end` for
        /// the last.
        Part = "data-part",
        /// `contrast` for the projector's high-contrast theme.
        Theme = "data-theme",
        /// While presenting, the whole cycle is on screen.
        Overview = "data-overview",
        /// `off` when this browser keeps nothing.
        Storage = "data-storage",
        /// Set by the boot script on a first visit, so the content note shows from the first paint.
        FirstVisit = "data-first-visit",
        /// `done` once start-up is over (the app is running, and offline use is registered
        /// where it is used); `failed` when the interactive version could not start.
        Startup = "data-startup",
        /// The embedding page has sized the frame to fit, so the app drops its own scrollbar.
        HostSized = "data-host-sized",
        /// `mirror` or `next`: a miniature of a presentation in the speaker view.
        Mirror = "data-mirror",
        /// The size of the speaker view's notes (`small`, `large`, `larger`; absent for the usual).
        NotesSize = "data-notes-size",
        /// Set by the boot script a few seconds after the pointer last moved: a
        /// presentation's toolbar steps out of the room's sight.
        Idle = "data-idle",
    }
}

impl Mark {
    pub const fn attribute(self) -> &'static str {
        self.name()
    }
}

/// Values of marks that are not words of the address.
pub const STORAGE_OFF: &str = "off";
/// The closing steps of a presentation after the first (`#end`): `#end/1`, `#end/2`… each a page
/// of helplines, marked on `<html>` as `data-part="end-1"`… (the styles show that page's).
pub const CLOSING_PAGES: [&str; 12] =
    ["end-1", "end-2", "end-3", "end-4", "end-5", "end-6", "end-7", "end-8", "end-9", "end-10", "end-11", "end-12"];
pub const STARTUP_FAILED: &str = "failed";
pub const STARTUP_DONE: &str = "done";

/// Words of the address (the public URL contract, see `model::route`).
pub mod url {
    pub const MODE: &str = "mode";
    pub const PRESENT: &str = "present";
    pub const SPEAKER: &str = "speaker";
    pub const EMBED: &str = "embed";
    /// The values of `?embed` that mean embedded (a bare `?embed` has the empty one).
    pub const EMBED_VALUES: [&str; 3] = ["", "1", "true"];
    pub const LENS: &str = "lens";
    pub const THEME: &str = "theme";
    pub const CONTRAST: &str = "contrast";
    /// A stage's later steps in a presentation: `#<stage-id>/openers` (with parents),
    /// `#<stage-id>/children` (with children and young people), `#<stage-id>/resources`.
    pub const OPENERS: &str = "openers";
    pub const CHILD_OPENERS: &str = "children";
    pub const RESOURCES: &str = "resources";
    /// `?mirror` (what the room sees) or `?mirror=next` (the step after it): a miniature of a
    /// presentation in the speaker view, which follows the presentation and never leads it.
    pub const MIRROR: &str = "mirror";
    pub const MIRROR_NEXT: &str = "next";
    /// `?pair=…`: the token that pairs the windows of one presentation, in the address the
    /// speaker view and its miniatures open with.
    pub const PAIR: &str = "pair";
}

/// The attribute that names a control in the prerendered page.
pub const CONTROL_ATTR: &str = "data-control";

named! {
    /// A control in the prerendered page: a button, or a set of radio buttons whose value says
    /// which was chosen. Its name is the value of [`CONTROL_ATTR`].
    pub enum Control {
        /// Go on past the first-visit content note.
        Continue = "continue",
        StartAgain = "start-again",
        Print = "print",
        DownloadNotes = "download-notes",
        DeleteNotes = "delete-notes",
        Share = "share",
        CopyLink = "copy-link",
        CopyEmbed = "copy-embed",
        CloseDialog = "close-dialog",
        /// Start or stop presenting.
        Present = "present",
        Previous = "previous",
        Next = "next",
        Overview = "overview",
        Blank = "blank",
        Contrast = "contrast",
        Fullscreen = "fullscreen",
        /// Show or hide the list of keys.
        Keys = "keys",
        SpeakerView = "speaker-view",
        ResetClock = "reset-clock",
        /// Pause the speaker view's clock, or set it going again.
        PauseClock = "pause-clock",
        /// The speaker view's notes, smaller or larger.
        NotesSmaller = "notes-smaller",
        NotesLarger = "notes-larger",
        /// Use the new version that is ready.
        Reload = "reload",
        /// Radio buttons: parents, children or both.
        Lens = "lens",
        /// Radio buttons: the reader's nation, or all of the UK.
        Nation = "nation",
    }
}

/// The attribute that marks a piece of text the app keeps up to date.
pub const SLOT_ATTR: &str = "data-slot";

named! {
    /// Text in the prerendered page that follows the state (a text box's value, for the fields;
    /// a link's address, for links). Its name is the value of [`SLOT_ATTR`].
    pub enum Slot {
        /// "3 of 7 explored".
        Progress = "progress",
        /// "Step 4 of 23", while presenting.
        StepCount = "step-count",
        /// The speaker view's step now and next, its clocks, and the pacing against the plan.
        SpeakerNow = "speaker-now",
        SpeakerNext = "speaker-next",
        Clock = "clock",
        WallClock = "wall-clock",
        Pacing = "pacing",
        /// The speaker view's miniatures (frames): their addresses.
        MirrorNow = "mirror-now",
        MirrorNext = "mirror-next",
        /// A presentation's closing screen: the explorer's own address, when the content file
        /// does not give the site's.
        AppAddress = "app-address",
        /// The Share dialog's link and embed code, and what happened when copying.
        ShareLink = "share-link",
        ShareEmbed = "share-embed",
        CopyStatus = "copy-status",
        /// Where full screen is refused (embedded): the explorer on its own, to open in a new tab.
        NewTab = "new-tab",
    }
}

/// The attribute that marks a notice the app shows or hides.
pub const NOTICE_ATTR: &str = "data-notice";

named! {
    /// Parts of the prerendered page hidden until the state calls for them. Its name is the
    /// value of [`NOTICE_ATTR`].
    pub enum Notice {
        /// While presenting: the black screen that covers everything.
        BlankScreen = "blank-screen",
        /// Full screen was refused: an offer to open the explorer in a tab of its own.
        FullscreenRefused = "fullscreen-refused",
        /// A new version of the explorer is ready.
        UpdateReady = "update-ready",
        /// Beside a notes box: this note could not be kept on the device.
        NoteNotKept = "note-not-kept",
        /// Beside a notes box: the note was changed in another window, and both versions are kept.
        NoteChanged = "note-changed",
        /// While presenting, after P: press it again to stop.
        StopAsked = "stop-asked",
    }
}

/// The value of the nation radio button for all of the UK.
pub const ALL_NATIONS: &str = "all";

/// On a notes box and the notices beside it: the id of the stage the note is about.
pub const NOTE_FOR_ATTR: &str = "data-note-for";
/// On each stage's notes for trainers, which the speaker view opens.
pub const SPEAKER_NOTES_ATTR: &str = "data-speaker-notes";

/// The QR code of the site's public address, made with the site when the content file gives
/// the address.
pub const QR_CODE: &str = "qr.svg";

/// The content file, as published beside the explorer (the editor opens it).
pub const PUBLISHED_CONTENT: &str = "adversity-cycle.toml";

/// The folder local editions' files are in, beside the content file (`content/editions/`), and
/// as published, for the editor to open (`editions/<id>.toml`). Each edition's page is in a
/// folder of its own (`<id>/`).
pub const EDITIONS_FOLDER: &str = "editions";
/// The ids of the local editions a site has, one to a line, published for the editor. (Plain
/// lines: reading JSON would cost the editor's WebAssembly a JSON reader.)
pub const EDITIONS_LIST: &str = "editions/list.txt";

/// The ids in the published list of local editions.
pub fn edition_ids(list: &str) -> Vec<String> {
    list.lines().map(str::trim).filter(|id| !id.is_empty()).map(String::from).collect()
}
/// The commented file a new local edition starts from, as published for the editor (like
/// every file only the editor uses, its name starts with "edit"); `new-edition.toml` beside
/// the content file.
pub const NEW_EDITION_FILE: &str = "edit-new-edition.toml";
pub const NEW_EDITION_SOURCE: &str = "new-edition.toml";

/// Where a local edition's file is published.
pub fn edition_path(id: &str) -> String {
    format!("{EDITIONS_FOLDER}/{id}.toml")
}

/// On the script tag that loads a bundle (the explorer's boot script, the editor's loader): the
/// addresses of its glue and WebAssembly, and, for the editor, of the publisher's, which the
/// editor loads for Download the site.
pub mod loader {
    pub const GLUE: &str = "data-glue";
    pub const WASM: &str = "data-wasm";
    pub const PUBLISHER_GLUE: &str = "data-publisher-glue";
    pub const PUBLISHER_WASM: &str = "data-publisher-wasm";
    /// On the boot script: the address of the presenting styles, which it adds to the page only
    /// where there is a presentation.
    pub const PRESENT_STYLES: &str = "data-present-styles";
    /// What the publisher's module exports (`src/bin/publisher.rs`): the site as a zip, made
    /// from a content file's text.
    pub const PUBLISHER_EXPORT: &str = "make_site";
}

/// On a host page: the attribute that marks a frame holding the explorer, the one that marks
/// the line shown until the explorer answers (or always, without the host script), and the host
/// script.
pub const EMBED_FRAME_ATTR: &str = "data-adversity-cycle";
pub const EMBED_FALLBACK_ATTR: &str = "data-adversity-cycle-fallback";
pub const EMBED_SCRIPT: &str = "embed.js";

/// What the explorer keeps in the browser's storage: every key starts with the prefix.
/// What this device keeps. Every key is the prefix, then the folder the explorer is served
/// from (its [`scope`]), then the name: two copies in two folders of one site never see each
/// other's notes, progress or drafts. Keys from before folders counted (the prefix, then the
/// name) move to the folder that next opens (`model::stored::moved_keys`).
pub mod storage {
    pub const PREFIX: &str = "adversity-cycle.";
    pub const CONTENT_NOTE_SEEN: &str = "content-note-seen";
    /// What a key that says yes holds (the content note has been seen).
    pub const YES: &str = "1";
    pub const VISITED: &str = "visited";
    pub const LENS: &str = "lens";
    pub const NATION: &str = "nation";
    /// Followed by a stage's id.
    pub const NOTE: &str = "note.";
    /// In the speaker view's own session storage: when its clock started.
    pub const CLOCK_START: &str = "speaker-clock-start";
    /// The size of the speaker view's notes.
    pub const NOTES_SIZE: &str = "notes-size";
    /// The content editor's draft, and which published version it was started from.
    pub const EDITOR_DRAFT: &str = "editor-draft";
    pub const EDITOR_DRAFT_BASE: &str = "editor-draft-base";
    pub const EDITOR_DRAFT_TIME: &str = "editor-draft-time";
    /// The token that pairs the windows of this device's presentation.
    pub const PAIR: &str = "presentation-pair";

    /// The folder of a page's path, with its slashes: `/a/` for `/a/` or `/a/index.html`.
    /// (`boot.js` and `sw.js` work it out the same way.)
    pub fn scope(path: &str) -> &str {
        &path[..path.rfind('/').map_or(0, |slash| slash + 1)]
    }
}

/// Messages between windows: the host page's script (`embed.js`) and the app, and the two
/// windows of a presentation.
pub mod message {
    pub const NAMESPACE: &str = "adversity-cycle";
    /// The version of the messages between a host page and the app. `embed.js` is pasted into
    /// other websites, so this changes only when the old script can no longer work.
    pub const HOST_VERSION: u32 = 1;
    /// The tallest height a host may report, or the app ask for (CSS pixels); anything larger
    /// is not a real page.
    pub const MAX_HEIGHT: u32 = 100_000;
    /// The version of the messages between presentation windows.
    pub const PRESENTATION_VERSION: u32 = 3;
    /// The `BroadcastChannel` the presentation windows share, followed by the explorer's folder
    /// (`storage::scope`): copies in two folders of one site never hear each other.
    pub const CHANNEL: &str = "adversity-cycle-presentation";
    /// Field names.
    pub const NS: &str = "ns";
    pub const V: &str = "v";
    pub const TYPE: &str = "type";
    pub const STAGE: &str = "stage";
    pub const HEIGHT: &str = "height";
    pub const STEP: &str = "step";
    pub const OVERVIEW: &str = "overview";
    pub const BLANK: &str = "blank";
    pub const SEQ: &str = "seq";
    pub const FROM: &str = "from";
    /// The token that pairs the windows of one presentation: a message without it is not theirs.
    pub const PAIR: &str = "pair";
    /// How far down the frame's page something the host should bring into view starts (CSS
    /// pixels).
    pub const TOP: &str = "top";
    /// Message types.
    pub const HELLO: &str = "hello";
    pub const READY: &str = "ready";
    pub const SELECT: &str = "select";
    pub const RESET: &str = "reset";
    pub const RESIZE: &str = "resize";
    pub const RESIZED: &str = "resized";
    pub const STAGE_CHANGE: &str = "stagechange";
    /// From the app: the reader chose something that starts `top` pixels down the frame; the
    /// host brings it into view if it is not.
    pub const SCROLL_TO: &str = "scrollto";
    pub const AT: &str = "at";
}

/// Events between the boot script and the app, on `window`.
pub mod event {
    /// From the boot script: a new version of the explorer is installed and ready.
    pub const UPDATE_READY: &str = "adversity-cycle:update-ready";
    /// From the app: the reader chose to use it now.
    pub const USE_NEW_VERSION: &str = "adversity-cycle:use-new-version";
}

/// Working offline: the service worker, the script that registers it, and what they say.
pub mod offline {
    /// The service worker, in the app's folder (its scope is that folder).
    pub const SERVICE_WORKER: &str = "sw.js";
    /// The script that registers it, which the boot script loads once the app is running.
    pub const REGISTRATION: &str = "offline.js";
    /// On the boot script: where the registration script is (release builds only).
    pub const REGISTRATION_ATTR: &str = "data-offline";
    pub const MANIFEST: &str = "manifest.webmanifest";
    pub const ICON: &str = "icon.svg";
    /// Every release's cache is named with this and the release's id.
    pub const CACHE_PREFIX: &str = "adversity-cycle-";
    /// From the page to a waiting worker: take over now (the reader chose the new version).
    pub const TAKE_OVER: &str = "take-over";
}

/// The names the page's scripts use, for the build to fill their `{{name}}` placeholders.
pub fn script_constants() -> Vec<(String, String)> {
    let named = [
        ("id.app", id::APP.to_string()),
        ("id.startup-note", id::STARTUP_NOTE.to_string()),
        ("id.presenter-controls", id::PRESENTER_CONTROLS.to_string()),
        ("loader.present-styles", loader::PRESENT_STYLES.to_string()),
        ("url.mode", url::MODE.to_string()),
        ("url.present", url::PRESENT.to_string()),
        ("url.speaker", url::SPEAKER.to_string()),
        ("url.embed", url::EMBED.to_string()),
        ("storage.prefix", storage::PREFIX.to_string()),
        ("storage.content-note-seen", storage::CONTENT_NOTE_SEEN.to_string()),
        ("storage.yes", storage::YES.to_string()),
        ("url.embed-values", format!("{:?}", url::EMBED_VALUES)),
        ("startup.failed", STARTUP_FAILED.to_string()),
        ("startup.done", STARTUP_DONE.to_string()),
        ("message.namespace", message::NAMESPACE.to_string()),
        ("message.host-version", message::HOST_VERSION.to_string()),
        ("message.hello", message::HELLO.to_string()),
        ("message.ready", message::READY.to_string()),
        ("message.select", message::SELECT.to_string()),
        ("message.reset", message::RESET.to_string()),
        ("message.resize", message::RESIZE.to_string()),
        ("message.resized", message::RESIZED.to_string()),
        ("message.stagechange", message::STAGE_CHANGE.to_string()),
        ("message.scrollto", message::SCROLL_TO.to_string()),
        ("message.ns", message::NS.to_string()),
        ("message.v", message::V.to_string()),
        ("message.type", message::TYPE.to_string()),
        ("message.stage", message::STAGE.to_string()),
        ("message.height", message::HEIGHT.to_string()),
        ("message.top", message::TOP.to_string()),
        ("message.max-height", message::MAX_HEIGHT.to_string()),
        ("embed.fallback", EMBED_FALLBACK_ATTR.to_string()),
        ("embed.frame", EMBED_FRAME_ATTR.to_string()),
        ("loader.glue", loader::GLUE.to_string()),
        ("loader.wasm", loader::WASM.to_string()),
        ("loader.publisher-glue", loader::PUBLISHER_GLUE.to_string()),
        ("loader.publisher-wasm", loader::PUBLISHER_WASM.to_string()),
        ("event.update-ready", event::UPDATE_READY.to_string()),
        ("event.use-new-version", event::USE_NEW_VERSION.to_string()),
        ("offline.service-worker", offline::SERVICE_WORKER.to_string()),
        ("offline.registration-attr", offline::REGISTRATION_ATTR.to_string()),
        ("offline.cache-prefix", offline::CACHE_PREFIX.to_string()),
        ("offline.take-over", offline::TAKE_OVER.to_string()),
    ];
    // Each mark as `mark.<attribute without data->`: `{{mark.mode}}` is `data-mode`.
    let marks = Mark::ALL.map(|mark| (format!("mark.{}", &mark.attribute()["data-".len()..]), mark.attribute().to_string()));
    named.into_iter().map(|(name, value)| (name.to_string(), value)).chain(marks).collect()
}

/// Fills a script's `{{name}}` placeholders. An unknown name is an error naming it, so a typo
/// stops the build rather than reaching a browser.
pub fn fill_script(template: &str) -> Result<String, String> {
    fill_script_with(template, &[])
}

/// Fills a script's placeholders from the contract and from `more` (what the build knows, such
/// as a release's files).
pub fn fill_script_with(template: &str, more: &[(&str, String)]) -> Result<String, String> {
    let mut constants = script_constants();
    constants.extend(more.iter().map(|(name, value)| (name.to_string(), value.clone())));
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let end = rest[start..].find("}}").ok_or("a {{ placeholder is not closed")? + start;
        let name = &rest[start + 2..end];
        let value = constants.iter().find(|(n, _)| *n == name).ok_or_else(|| format!("unknown placeholder {{{{{name}}}}}"))?;
        out.push_str(&rest[..start]);
        out.push_str(&value.1);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}
