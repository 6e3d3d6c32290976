//! The content editor (edit.html): its state, everything that can happen to it, and what must
//! happen outside it, as the explorer has. Every intent (typing, the caret moving, a button, a
//! file read, a check done after a pause) arrives as an [`EditorAction`];
//! [`EditorState::update`] applies it and returns the [`EditorEffect`]s it needs, in the arm
//! that causes them; the view draws the state, and the browser edge (`crate::editor`) carries
//! the effects out. Plain Rust, tested natively.

use std::rc::Rc;

use super::draft::{self, base_of, Checked, Editing, Opening, PreviewSection};
use crate::content::form::{self, FormEdit, ItemForm};
use crate::content::load::is_edition_id;
use crate::content::{fill, Audience, Cycle, Labels};

/// The most mistakes the editor lists; the rest are counted.
pub const MISTAKES_SHOWN: usize = 100;
/// The file the draft downloads as: the content file's own name, so it can replace it as it is.
pub const CONTENT_DOWNLOAD: &str = "adversity-cycle.toml";
/// The file the whole site downloads as.
pub const SITE_DOWNLOAD: &str = "adversity-cycle-site.zip";

/// The file the editor has open: the content file, or a local edition's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum EditedFile {
    #[default]
    Content,
    /// A local edition's, by its id (`editions/<id>.toml`).
    Edition(String),
}

/// A kept draft, if storage could be read: its text and the published version it started
/// from.
pub type KeptDraft = Result<Option<Kept>, ()>;

/// A draft this device kept: its text, the published version it started from, and the time
/// of day it was last kept (`10:42`), where storage has them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    pub text: String,
    pub base: Option<String>,
    pub at: Option<String>,
}

/// What [`draft::opening`] takes of a kept draft.
fn kept_text(kept: &KeptDraft) -> Option<(String, Option<String>)> {
    kept.as_ref().ok()?.as_ref().map(|kept| (kept.text.clone(), kept.base.clone()))
}

/// Everything the editor shows is derived from this.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// The file open, and its text as published on this site (for a new edition, the
    /// commented file it starts from).
    pub file: EditedFile,
    pub published: String,
    /// The content file as published, and read: a local edition is checked and previewed with
    /// it, and the site is made with it while an edition is open.
    pub content: String,
    pub content_read: Rc<Cycle>,
    /// The local editions the site has, and those started here (not published yet), by id.
    pub editions: Vec<String>,
    pub started: Vec<String>,
    /// The commented file a new edition starts from (empty: the site has none).
    pub new_edition: String,
    /// The name given for a new edition, which cannot be a folder's.
    pub bad_edition_name: Option<String>,
    /// Its words: the editor's interface text.
    pub labels: Labels,
    /// The draft: the text box shows it.
    pub text: String,
    /// The draft's mistakes, and the last good version's preview.
    pub editing: Editing,
    /// Where the caret is in the text (UTF-16 units), the helpline it is in, if any, and the
    /// form of the item it is in.
    pub caret: u32,
    pub caret_service: Option<String>,
    pub form: Option<ItemForm>,
    /// What the outline is searched for.
    pub search: String,
    /// What the preview shows: the part of the file the caret is in, or where its links led.
    pub showing: PreviewSection,
    pub lens: Audience,
    /// This device would not keep the draft.
    pub not_kept: bool,
    /// The site has been published again since this draft was started from it.
    pub published_changed: bool,
    /// On return to a kept draft, until the next change: what it changed since the published
    /// version, item by item, and when it was last kept.
    pub draft_changes: Vec<String>,
    pub kept_at: Option<String>,
    /// The file chosen to open could not be: it is not a text file.
    pub open_failed: bool,
    /// What became of Download the site.
    pub site: SiteStatus,
    /// Today, for the warning about helplines not checked in the last year.
    pub today: (u32, u32, u32),
}

/// What became of the last download: the site, or the content file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SiteStatus {
    #[default]
    Idle,
    /// The content file was downloaded, with this many mistakes (the site will not build from
    /// it until they are fixed, but the work is kept).
    FileDownloaded(usize),
    /// Refused: the draft has this many mistakes.
    Refused(usize),
    Making,
    /// Downloaded, as this file.
    Done(&'static str),
    Failed,
}

/// Something the reader or the browser did.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// The reader typed: the whole text now, and where the caret is (UTF-16 units).
    Typed { text: String, caret: u32 },
    /// The caret moved (a click, an arrow key).
    CaretMoved(u32),
    /// Mark the helpline the caret is in as checked by a person today.
    CheckedToday,
    /// A pause in typing: check the draft now.
    CheckNow,
    /// A link in the preview: its `#…` address.
    PreviewLink(String),
    Lens(Audience),
    /// A mistake in the list, or an item of the outline, was chosen: go to its line, which is
    /// marked, and the preview and the form follow.
    GoToLine(usize),
    OpenFile,
    /// The chosen file's bytes, or `None` if it could not be read (or is too large).
    FileRead(Option<Vec<u8>>),
    /// Put this text in the box in place of the draft (the reader agreed).
    Replace(String),
    StartAgain,
    DownloadContent,
    DownloadSite,
    /// The site was made and downloaded, or could not be.
    SiteMade(bool),
    /// This device refused to keep the draft.
    NotKept,
    /// The reader chose another file to edit.
    ChooseFile(EditedFile),
    /// The outline's search, as typed.
    Search(String),
    /// A change in the form of the item the caret is in.
    EditForm(FormEdit),
    /// The form's Checked today: the helpline's checked_on is today.
    FormCheckedToday,
    /// Add a resource after the last, and open its form.
    AddResource,
    /// Start a new local edition with this folder name.
    StartEdition(String),
    /// A file was read: its published text (`None`: it is not published yet) and the draft
    /// this device kept of it.
    Opened { file: EditedFile, published: Option<String>, kept: KeptDraft },
}

/// What must happen outside the state.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorEffect {
    /// Keep the draft of a file on this device (`None`: forget it, it is the published version
    /// again), with the published version it started from. A refusal comes back as
    /// [`EditorAction::NotKept`].
    Keep(EditedFile, Option<(String, String)>),
    /// Send [`EditorAction::CheckNow`] after a pause in typing (a new keystroke starts the
    /// wait again).
    CheckSoon,
    /// Mark (select) the text from `start` to `end` (UTF-16 units) in the box, and bring line
    /// `line` of `lines` into view.
    MarkLine { start: u32, end: u32, line: usize, lines: usize },
    /// Ask the reader, and carry out the action if they agree.
    Confirm { question: String, then: Box<EditorAction> },
    /// Let the reader choose a file; it comes back as [`EditorAction::FileRead`].
    ChooseFile,
    /// Save text as a file on the reader's device.
    Download { file_name: String, text: String },
    /// Make the site with this content file and (if one is given) this local edition's file
    /// in place of the published one, and download it as a zip; whether it worked comes back
    /// as [`EditorAction::SiteMade`].
    MakeSite { content: String, edition: Option<(String, String)>, file_name: &'static str },
    /// Read the draft this device kept of a file, and its published text if it has one
    /// (`published`); they come back as [`EditorAction::Opened`].
    Open { file: EditedFile, published: bool },
}

impl EditorState {
    /// The editor opening: the site's published content file, the draft this device kept (if
    /// it could read storage at all), today, the site's local editions and the file a new one
    /// starts from.
    pub fn new(published: String, kept: KeptDraft, today: (u32, u32, u32), editions: Vec<String>, new_edition: String) -> EditorState {
        let content_read = crate::content::load::load(crate::content::CONTENT_FILE, &published, today).unwrap_or_default();
        let mut state = EditorState {
            file: EditedFile::Content,
            content: published.clone(),
            labels: content_read.labels.clone(),
            content_read: Rc::new(content_read),
            editions,
            started: Vec::new(),
            new_edition,
            bad_edition_name: None,
            editing: Editing::default(),
            caret: 0,
            caret_service: None,
            form: None,
            search: String::new(),
            showing: PreviewSection::default(),
            lens: Audience::default(),
            not_kept: false,
            published_changed: false,
            draft_changes: Vec::new(),
            kept_at: None,
            open_failed: false,
            site: SiteStatus::Idle,
            today,
            published: String::new(),
            text: String::new(),
        };
        state.open_file(EditedFile::Content, published, kept);
        state
    }

    /// A file opened: its published text, and the draft this device kept of it (which the
    /// box shows, with what it changed, if there is one), checked at once.
    fn open_file(&mut self, file: EditedFile, published: String, kept: KeptDraft) {
        let Opening { text, published_changed } = draft::opening(&published, kept_text(&kept));
        self.kept_at = kept.as_ref().ok().and_then(|k| k.as_ref()?.at.clone()).filter(|_| text != published);
        self.draft_changes = if text == published { Vec::new() } else { draft::changed_items(&published, &text) };
        self.not_kept = kept.is_err();
        self.published_changed = published_changed;
        self.file = file;
        self.editing = Editing::open(&published, &text, |text| self.check(text));
        self.showing = match self.file {
            EditedFile::Content => PreviewSection::default(),
            EditedFile::Edition(_) => PreviewSection::Panel(crate::model::route::InfoPanel::GetSupport),
        };
        (self.published, self.text, self.caret, self.caret_service, self.form) = (published, text, 0, None, None);
        (self.site, self.open_failed) = (SiteStatus::Idle, false);
    }


    /// Reads a file to open it: its published text, if the site has it, and the draft kept of it.
    fn read_file(&self, file: EditedFile) -> EditorEffect {
        let published = match &file {
            EditedFile::Content => true,
            EditedFile::Edition(id) => self.editions.contains(id),
        };
        EditorEffect::Open { file, published }
    }

    /// Every local edition, the site's and those started here, in name order.
    pub fn all_editions(&self) -> Vec<&String> {
        let mut all: Vec<&String> = self.editions.iter().chain(&self.started).collect();
        all.sort();
        all
    }

    /// Checks text as the build checks the file open.
    fn check(&self, text: &str) -> Checked {
        match &self.file {
            EditedFile::Content => draft::check(text, self.today),
            EditedFile::Edition(id) => draft::check_edition(id, text, &self.content_read, self.today),
        }
    }

    /// The name the file open downloads as: its own, so it can replace it as it is.
    pub fn file_name(&self) -> String {
        match &self.file {
            EditedFile::Content => CONTENT_DOWNLOAD.to_string(),
            EditedFile::Edition(id) => format!("{id}.toml"),
        }
    }

    /// Applies an action, returning what must happen outside the state.
    pub fn update(&mut self, action: EditorAction) -> Vec<EditorEffect> {
        match action {
            EditorAction::Typed { text, caret } => {
                self.text = text;
                self.site = SiteStatus::Idle;
                self.draft_changes.clear();
                self.follow_caret(caret);
                vec![self.keep(), EditorEffect::CheckSoon]
            }
            EditorAction::CaretMoved(caret) => {
                self.follow_caret(caret);
                Vec::new()
            }
            EditorAction::CheckedToday => match draft::checked_today(&self.text, self.caret, self.today) {
                Some((text, line)) => {
                    self.text = text;
                    self.site = SiteStatus::Idle;
                    self.draft_changes.clear();
                    self.editing.checked(self.check(&self.text));
                    // The line changed is marked, so the reader sees what the button did.
                    let (start, end) = draft::line_span(&self.text, line);
                    self.follow_caret(start);
                    vec![self.keep(), EditorEffect::MarkLine { start, end, line, lines: draft::line_count(&self.text) }]
                }
                None => Vec::new(),
            },
            EditorAction::CheckNow => {
                self.editing.checked(self.check(&self.text));
                Vec::new()
            }
            EditorAction::PreviewLink(hash) => {
                if let Some(preview) = &self.editing.preview {
                    self.showing = PreviewSection::of_link(&preview.outline.0, &hash);
                }
                Vec::new()
            }
            EditorAction::Lens(lens) => {
                self.lens = lens;
                Vec::new()
            }
            EditorAction::OpenFile => vec![EditorEffect::ChooseFile],
            EditorAction::FileRead(bytes) => match bytes.and_then(draft::text_file) {
                Some(text) => {
                    self.open_failed = false;
                    // Changes in the box are never lost without the reader agreeing.
                    if self.text == self.published || self.text == text {
                        self.replace(text)
                    } else {
                        vec![EditorEffect::Confirm { question: self.labels.editor_open_replace_confirm.to_string(), then: Box::new(EditorAction::Replace(text)) }]
                    }
                }
                None => {
                    self.open_failed = true;
                    Vec::new()
                }
            },
            EditorAction::Replace(text) => self.replace(text),
            EditorAction::StartAgain => vec![EditorEffect::Confirm {
                question: self.labels.editor_start_again_confirm.to_string(),
                then: Box::new(EditorAction::Replace(self.published.clone())),
            }],
            EditorAction::DownloadContent => {
                self.editing.checked(self.check(&self.text));
                self.site = SiteStatus::FileDownloaded(self.editing.mistakes.len());
                vec![EditorEffect::Download { file_name: self.file_name(), text: self.text.clone() }]
            }
            EditorAction::DownloadSite => {
                // What is published must be what was checked: the text as it is now.
                self.editing.checked(self.check(&self.text));
                let count = self.editing.mistakes.len();
                if count > 0 {
                    self.site = SiteStatus::Refused(count);
                    return Vec::new();
                }
                self.site = SiteStatus::Making;
                let (content, edition) = match &self.file {
                    EditedFile::Content => (self.text.clone(), None),
                    EditedFile::Edition(id) => (self.content.clone(), Some((id.clone(), self.text.clone()))),
                };
                vec![EditorEffect::MakeSite { content, edition, file_name: SITE_DOWNLOAD }]
            }
            EditorAction::SiteMade(made) => {
                self.site = if made { SiteStatus::Done(SITE_DOWNLOAD) } else { SiteStatus::Failed };
                Vec::new()
            }
            EditorAction::NotKept => {
                self.not_kept = true;
                Vec::new()
            }
            EditorAction::Search(search) => {
                self.search = search;
                Vec::new()
            }
            EditorAction::GoToLine(line) => {
                let (start, end) = draft::line_span(&self.text, line);
                self.follow_caret(start);
                vec![EditorEffect::MarkLine { start, end, line, lines: draft::line_count(&self.text) }]
            }
            EditorAction::EditForm(edit) => self.edit_form(&edit),
            EditorAction::FormCheckedToday => {
                let (year, month, day) = self.today;
                self.edit_form(&FormEdit::Text("checked_on", format!("{year:04}-{month:02}-{day:02}")))
            }
            EditorAction::AddResource => {
                let Some((text, item)) = form::add_resource(&self.text) else { return Vec::new() };
                self.changed_by_form(text);
                let line = form::item_line(&self.text, item).unwrap_or(1);
                let (start, end) = draft::line_span(&self.text, line);
                self.follow_caret(start);
                vec![self.keep(), EditorEffect::MarkLine { start, end, line, lines: draft::line_count(&self.text) }]
            }
            EditorAction::ChooseFile(file) if file == self.file => Vec::new(),
            // The draft of the file open is already kept: another can be opened at once.
            EditorAction::ChooseFile(file) => vec![self.read_file(file)],
            EditorAction::StartEdition(name) => {
                let name = name.trim().to_string();
                if !is_edition_id(&name) {
                    self.bad_edition_name = Some(name);
                    return Vec::new();
                }
                self.bad_edition_name = None;
                vec![self.read_file(EditedFile::Edition(name))]
            }
            EditorAction::Opened { file, published, kept } => {
                // An edition not published yet starts from the commented file.
                let published = published.unwrap_or_else(|| self.new_edition.clone());
                if let EditedFile::Edition(id) = &file {
                    if !self.editions.contains(id) && !self.started.contains(id) {
                        self.started.push(id.clone());
                    }
                }
                self.open_file(file, published, kept);
                Vec::new()
            }
        }
    }

    /// New text in the box (a file opened, or the published version), checked at once.
    fn replace(&mut self, text: String) -> Vec<EditorEffect> {
        self.editing.checked(self.check(&text));
        self.text = text.clone();
        (self.caret, self.caret_service, self.form) = (0, None, None);
        self.published_changed = false;
        self.site = SiteStatus::Idle;
        vec![self.keep()]
    }

    /// Keeps the draft on this device, or forgets it if it is the published version again.
    fn keep(&self) -> EditorEffect {
        EditorEffect::Keep(self.file.clone(), (self.text != self.published).then(|| (self.text.clone(), base_of(&self.published))))
    }

    /// A change made in the form, written into the text and checked at once (a form sends one
    /// when a box is left, not at each keystroke).
    fn edit_form(&mut self, edit: &FormEdit) -> Vec<EditorEffect> {
        let Some(item) = self.form.as_ref().map(|f| f.item) else { return Vec::new() };
        match form::edit_item(&self.text, item, edit) {
            Some(text) if text != self.text => {
                self.changed_by_form(text);
                // The caret stays in the item, wherever its lines now start.
                if let Some(line) = form::item_line(&self.text, item) {
                    self.follow_caret(draft::line_start(&self.text, line));
                }
                vec![self.keep()]
            }
            _ => Vec::new(),
        }
    }

    /// The text a form changed, checked at once.
    fn changed_by_form(&mut self, text: String) {
        self.text = text;
        self.site = SiteStatus::Idle;
        self.draft_changes.clear();
        self.editing.checked(self.check(&self.text));
    }

    /// The preview shows the part of the file the caret is in (where that part is one the
    /// explorer shows).
    fn follow_caret(&mut self, caret: u32) {
        let section = match self.file {
            EditedFile::Content => PreviewSection::at_caret(&self.text, caret),
            EditedFile::Edition(_) => Some(PreviewSection::at_caret_in_edition(&self.text, caret)),
        };
        if let Some(section) = section {
            self.showing = section;
        }
        self.caret = caret;
        self.caret_service = draft::service_name_at(&self.text, caret).map(String::from);
        let line = draft::line_of_caret(&self.text, caret);
        self.form = match self.file {
            EditedFile::Content => form::item_at_line(&self.text, line).and_then(|item| form::item_form(&self.text, item)),
            EditedFile::Edition(_) => None,
        };
    }

    /// What the site status says, beside Download the site.
    pub fn site_status(&self) -> Option<String> {
        let labels = &self.labels;
        match &self.site {
            SiteStatus::Idle => None,
            SiteStatus::FileDownloaded(0) => Some(fill(&labels.editor_file_done, &[("file", &self.file_name())])),
            SiteStatus::FileDownloaded(count) => {
                Some(fill(&labels.editor_file_mistakes, &[("file", &self.file_name()), ("count", &count.to_string())]))
            }
            SiteStatus::Refused(count) => Some(fill(&labels.editor_site_refused, &[("count", &count.to_string())])),
            SiteStatus::Making => Some(labels.editor_site_making.to_string()),
            SiteStatus::Done(file) => Some(fill(&labels.editor_site_done, &[("file", file)])),
            SiteStatus::Failed => Some(labels.editor_site_failed.to_string()),
        }
    }
}
