//! Plain types for the content. Text is `Cow<'static, str>`, so a type can hold fixed text
//! (in tests) as well as text read from a file.

use std::borrow::Cow;

/// A piece of text from the content file. Fields documented as "rich text" may use the light
/// formatting in [`super::rich_text`].
pub type Text = Cow<'static, str>;
/// A list from the content file.
pub type List<T> = Cow<'static, [T]>;

/// The whole explorer: the cycle and everything shown around it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cycle {
    pub title: Text,
    /// The site's public address (`https://…/`), if it is known when the site is made: the
    /// closing screen of a presentation shows it, with a QR code, for the audience to explore
    /// afterwards. Empty: the explorer's own address, as the browser has it.
    pub address: Text,
    pub introduction: Introduction,
    /// The stages round the ring, clockwise from the top.
    pub stages: List<Stage>,
    /// The optional centre of the ring, connected to every stage.
    pub hub: Option<Stage>,
    /// Guidance shown with every list of openers for children and young people (rich text).
    pub talking_with_children: Text,
    pub resources: Resources,
    /// Every source the content rests on; stages refer to them by id.
    pub sources: List<Source>,
    pub support: Support,
    pub disclosure: Disclosure,
    pub content_note: Panel,
    pub self_care: Panel,
    pub about: Panel,
    pub labels: Labels,
    /// The local edition this page is (see [`Cycle::with_edition`]); `None` for the main page.
    pub edition: Option<Edition>,
}

/// A local edition: the explorer for one area (a council, a safeguarding partnership, a
/// Home-Start scheme), with who to call there, at its own address on the site (`/<id>/`).
/// Everything else comes from the main content file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edition {
    /// Its folder on the site: the name of its file, `content/editions/<id>.toml`.
    pub id: Text,
    /// The area, as people there name it: "Salford".
    pub name: Text,
    /// Who keeps its contacts true.
    pub maintained_by: Text,
    /// The local contacts, listed first wherever helplines are (their nations are unused).
    pub contacts: List<Service>,
    /// Local steps of the disclosure panel, each in place of a general one.
    pub steps: List<LocalStep>,
}

/// A step of the disclosure panel for one area, in place of the general step at `section`,
/// `step` (counted from 0).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalStep {
    pub section: usize,
    pub step: usize,
    /// Rich text.
    pub text: Text,
}

/// What the panel shows before any stage is chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Introduction {
    pub heading: Text,
    /// Rich text.
    pub text: Text,
    /// Rich text: how to use the explorer.
    pub how_to_use: Text,
    /// The minutes a trainer plans to spend on it when presenting (0: not planned).
    pub minutes: u8,
}

/// One stage of the cycle (or the hub).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stage {
    /// Lowercase letters, digits and hyphens; used in links (`#survival-mode`).
    pub id: Text,
    /// Short label on the drawing, at most four words.
    pub label: Text,
    pub title: Text,
    /// One line.
    pub summary: Text,
    /// Rich text, paragraphs separated by a blank line.
    pub explanation: Text,
    pub parent_openers: List<Opener>,
    pub child_openers: List<Opener>,
    /// A question for the practitioner's own reflection.
    pub reflection: Text,
    /// Notes for a trainer presenting this stage.
    pub speaker_notes: Text,
    /// Notes for the steps with its openers, and with its resources, if they need their own
    /// (empty: the stage's notes).
    pub openers_notes: Text,
    pub resources_notes: Text,
    /// The minutes a trainer plans for each of its steps when presenting, in order: the
    /// explanation, the openers with parents, with children, the resources (0: not planned).
    pub minutes: [u8; 4],
    /// Ids of entries in [`Resources::items`].
    pub resources: List<Text>,
    /// Ids of entries in [`Cycle::sources`]: where what the stage says comes from.
    pub sources: List<Text>,
}

/// A question that can open a conversation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opener {
    /// Rich text.
    pub text: Text,
    /// It can lead someone to tell of abuse (marked `disclosure = true` in the file): it must
    /// link to what to do then.
    pub may_lead_to_disclosure: bool,
}

crate::contract::named! {
    /// Who something is for: a resource, or (as the reader's lens) the openers and resources
    /// shown. Its name is the word in the content file, the address and storage.
    #[derive(Default)]
    pub enum Audience {
        Parents = "parents",
        Children = "children",
        #[default]
        Both = "both",
    }
}

crate::contract::named! {
    /// A nation of the UK, for helplines that serve only some of them. Its name is the word in
    /// the content file and in storage.
    pub enum Nation {
        England = "england",
        Wales = "wales",
        Scotland = "scotland",
        NorthernIreland = "northern-ireland",
    }
}

/// The Trust's resources, all under one base address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resources {
    /// An `https:` address ending in `/`; each resource's `page` is added to it.
    pub base: Text,
    pub items: List<Resource>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resource {
    pub id: Text,
    pub title: Text,
    pub audience: Audience,
    /// The page under [`Resources::base`]; empty for the base address itself.
    pub page: Text,
    pub description: Text,
}

/// The "Get support" panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Support {
    pub title: Text,
    /// Rich text, before the list.
    pub text: Text,
    /// Rich text, after the list: who the services are for, and what they keep private.
    pub note: Text,
    pub services: List<Service>,
}

/// A helpline or other service.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Service {
    pub name: Text,
    /// Who it is for.
    pub who: Text,
    /// The nations it serves (all four for UK-wide services).
    pub nations: List<Nation>,
    /// When it is open ("24 hours a day", or "Check opening times").
    pub hours: Text,
    /// As people dial it, spaces allowed: "0808 157 0999".
    pub phone: Option<Text>,
    pub email: Option<Text>,
    /// Anything else worth knowing: cost, how to text (rich text).
    pub details: Option<Text>,
    /// Its own website (`https://…`).
    pub website: Option<Text>,
    /// When a person last checked the details against the service's own website,
    /// `YYYY-MM-DD`; empty until someone has.
    pub checked_on: Text,
}

impl Service {
    /// The `tel:` address for [`Service::phone`].
    pub fn tel_href(&self) -> Option<String> {
        self.phone
            .as_ref()
            .map(|p| format!("tel:{}", p.chars().filter(|c| !c.is_whitespace()).collect::<String>()))
    }

    /// Whether it serves every nation of the UK.
    pub fn uk_wide(&self) -> bool {
        Nation::ALL.iter().all(|n| self.nations.contains(n))
    }
}

/// A source the content rests on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    pub id: Text,
    /// Rich text: the reference, with a link where there is one.
    pub text: Text,
}

/// The "Responding to a disclosure" panel: what to do when someone tells you about abuse or
/// harm, one section for each kind of telling (an adult about abuse now, a parent about their
/// own abusive behaviour, someone about their childhood, a child).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disclosure {
    pub title: Text,
    /// Rich text.
    pub text: Text,
    pub sections: List<DisclosureSection>,
}

/// What to do when one kind of person tells you.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DisclosureSection {
    pub heading: Text,
    /// Rich text, one step each.
    pub steps: List<Text>,
}

/// A titled panel of rich text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Panel {
    pub title: Text,
    /// Rich text.
    pub text: Text,
}

/// Where a stage sits: on the ring (by position) or at the centre.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StagePlace {
    Ring(usize),
    Hub,
}

/// Ring stages in cycle order, then the hub: the order of the list of stages everywhere.
pub fn in_cycle_order<'a, T>(ring: &'a [T], hub: &'a Option<T>) -> impl Iterator<Item = (StagePlace, &'a T)> {
    let ring = ring.iter().enumerate().map(|(i, s)| (StagePlace::Ring(i), s));
    ring.chain(hub.iter().map(|h| (StagePlace::Hub, h)))
}

impl Cycle {
    /// Every stage in the order of the cycle, the hub last.
    pub fn stages_in_order(&self) -> impl Iterator<Item = (StagePlace, &Stage)> {
        in_cycle_order(&self.stages, &self.hub)
    }

    /// What the app needs of the content: the page carries it as a data block.
    pub fn outline(&self) -> super::outline::Outline {
        let names = |s: &Stage| super::outline::StageOutline { id: s.id.clone(), label: s.label.clone(), title: s.title.clone() };
        super::outline::Outline {
            title: self.title.clone(),
            stages: self.stages.iter().map(names).collect::<Vec<_>>().into(),
            hub: self.hub.as_ref().map(names),
            labels: super::outline::AppLabels::of(&self.labels),
            panel_titles: self.panel_titles(),
            closing: Text::Owned(self.closing_pages().iter().map(|page| super::outline::closing_char(page.helplines)).collect()),
            plan: self.plan(),
            site: Text::Borrowed(if self.edition.is_some() { "../" } else { "" }),
        }
    }

    /// The minutes planned for a presentation, as the page carries them: the introduction's,
    /// then each stage's four steps in cycle order; empty if none are.
    fn plan(&self) -> Text {
        let minutes: Vec<u8> = std::iter::once(self.introduction.minutes).chain(self.stages_in_order().flat_map(|(_, s)| s.minutes)).collect();
        if minutes.iter().all(|m| *m == 0) {
            return Text::default();
        }
        Text::Owned(minutes.into_iter().map(super::outline::minutes_char).collect())
    }

    /// The titles of the explorer's own panels.
    pub fn panel_titles(&self) -> super::outline::PanelTitles {
        super::outline::PanelTitles {
            support: self.support.title.clone(),
            disclosure: self.disclosure.title.clone(),
            self_care: self.self_care.title.clone(),
            about: self.about.title.clone(),
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.items.iter().find(|r| r.id == id)
    }

    /// The full address of a resource.
    pub fn resource_url(&self, resource: &Resource) -> String {
        format!("{}{}", self.resources.base, resource.page)
    }
}

/// The content, shared by components and compared by address (it never changes under them;
/// the editor makes a new one for each change).
#[derive(Clone, Debug)]
pub struct CycleRef(pub std::rc::Rc<Cycle>);

impl PartialEq for CycleRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Declares [`Labels`]: every short piece of interface text, so none lives in Rust code.
/// Each name is a key in the `[labels]` table of the content file.
macro_rules! labels {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// Interface text: button names, headings and notes (the `[labels]` table).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Labels {
            $($(#[$doc])* pub $name: Text,)*
        }

        impl Labels {
            /// Every key of the `[labels]` table.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Builds the labels from a lookup, which must know every key.
            pub fn from_lookup(mut get: impl FnMut(&'static str) -> Text) -> Labels {
                Labels { $($name: get(stringify!($name)),)* }
            }

            /// Every key with its text, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &Text)> {
                vec![$((stringify!($name), &self.$name)),*]
            }
        }
    };
}

labels! {
    /// The explorer's name where there is little room: under its icon on a home screen.
    short_title,
    /// Name of the list of stages, for screen readers.
    stages_list,
    /// Name of the links at the top of every screen, for screen readers.
    site_nav,
    /// Name of the diagram's part of the page, for screen readers.
    figure,
    openers_heading,
    openers_for_parents,
    openers_for_children,
    talking_with_children_heading,
    resources_heading,
    resources_for_parents,
    resources_for_children,
    resources_for_both,
    /// Above the list of a stage's sources.
    stage_sources,
    /// After a link that leaves the site, for screen readers.
    opens_elsewhere,
    reflection_heading,
    speaker_notes_heading,
    /// The button that goes on past the first-visit content note.
    continue_reading,
    phone_prefix,
    email_prefix,
    /// Which nations a helpline serves: "Where:", then the nations, or `uk_wide`.
    service_where,
    uk_wide,
    /// Between the last two items of a list: "England and Wales".
    list_and,
    /// "{date}" is replaced by the date a person checked the details.
    service_checked,
    /// "Show helplines for", and its choices.
    nation_legend,
    nation_all,
    nation_england,
    nation_wales,
    nation_scotland,
    nation_northern_ireland,
    startup_failed,
    /// The button that starts presenting.
    present,
    stop_presenting,
    /// Name of the presenter's controls, for screen readers.
    presenter_controls,
    previous_step,
    next_step,
    /// "{number}" and "{total}" are filled in.
    step_count,
    overview,
    blank_screen,
    high_contrast,
    fullscreen,
    speaker_view,
    keys,
    keys_heading,
    /// Under the list of keys.
    keys_note,
    close,
    key_next,
    key_previous,
    key_first_last,
    key_stage,
    key_overview,
    key_blank,
    key_fullscreen,
    key_speaker_view,
    key_help,
    key_present,
    step_introduction,
    /// "{title}" is filled in with the stage's title.
    step_openers,
    /// "{title}" is filled in with the stage's title.
    step_child_openers,
    /// "{title}" is filled in with the stage's title.
    step_resources,
    step_end,
    /// The button that opens the Share dialog, and its heading.
    share,
    share_link,
    share_embed,
    /// In the embed code, before the link to the explorer on its own: shown on the partner's
    /// page until the explorer answers, and always if it cannot.
    embed_fallback,
    copy,
    copied,
    /// When the clipboard refuses: the text is selected instead.
    copy_by_hand,
    /// When the browser or the embedding page will not go full screen.
    fullscreen_refused,
    open_in_new_tab,
    lens_legend,
    lens_parents,
    lens_children,
    lens_both,
    /// "{done}" and "{total}" are filled in.
    progress,
    start_again,
    /// After the name of a stage already opened, for screen readers.
    explored,
    start_from_beginning,
    /// Name of the Previous and Next links in each stage, for screen readers.
    stage_route,
    /// "{title}" is filled in with the stage's title.
    previous_stage,
    /// "{title}" is filled in with the stage's title.
    next_stage_link,
    notes_label,
    notes_privacy,
    /// Beside a note this device would not keep.
    notes_not_kept,
    /// Beside a note changed in another window while it was being typed here.
    notes_changed,
    /// Between the two versions of such a note.
    notes_from_other_window,
    print,
    download_notes,
    delete_notes,
    delete_notes_confirm,
    /// The heading of the downloaded notes; "{title}" is the cycle's title.
    notes_file_heading,
    notes_file_empty,
    storage_unavailable,
    /// When a new version of the explorer has arrived, and the button that uses it.
    update_ready,
    reload,
    now_showing,
    coming_next,
    elapsed,
    reset_clock,
    /// While presenting, after P: press it again to stop.
    stop_presenting_ask,
    /// What the room sees, in the speaker view, when it is not a step.
    room_blank,
    room_overview,
    /// The time of day, in the speaker view.
    wall_clock,
    /// The button that pauses the clock (pressed while paused).
    pause_clock,
    /// Against the minutes planned: "{minutes}" behind, ahead, or on plan.
    pacing_behind,
    pacing_ahead,
    pacing_on_time,
    notes_smaller,
    notes_larger,
    /// The speaker view's miniatures: what the room sees, and the next step.
    miniature_now,
    miniature_next,
    /// The closing screen: where the audience can explore the cycle afterwards.
    closing_explore,
    /// Headings of the closing pages of helplines; "{nation}" is a nation's name.
    closing_uk,
    closing_nation,
    /// A closing page of helplines as the speaker view names it: "{number}".
    step_closing_page,
    /// A local edition's title: "{title}: {area} edition".
    edition_title,
    /// Above a local edition's contacts: "In {area}".
    edition_contacts,
    /// Under them: who keeps them true, "{maintainer}".
    edition_kept_by,
    /// The content editor (edit.html).
    editor_title,
    editor_intro,
    editor_privacy,
    editor_not_kept,
    editor_published_changed,
    /// On return to a kept draft: it has "{count}" changes since the published version, listed.
    editor_draft_changes,
    /// After them: when it was last kept, "{time}".
    editor_draft_kept_at,
    editor_file_label,
    editor_open,
    editor_open_replace_confirm,
    editor_open_failed,
    editor_download,
    /// The button that marks the helpline the caret is in as checked today: "{name}".
    editor_checked_today,
    /// After Download the content file: "{file}" was downloaded; with "{count}" mistakes.
    editor_file_done,
    editor_file_mistakes,
    /// The button that makes the whole site from the draft, ready to upload.
    editor_download_site,
    /// Beside it: the draft has "{count}" mistakes, so no site was made.
    editor_site_refused,
    editor_site_making,
    /// "{file}" is the name of the file downloaded.
    editor_site_done,
    editor_site_failed,
    editor_start_again,
    /// The choice of file: the content, or a local edition's ("{id}").
    editor_choose_file,
    editor_main_file,
    editor_edition_file,
    /// The box for a new edition's folder name, its button, and what it says of a bad name.
    editor_new_edition_label,
    editor_new_edition,
    editor_new_edition_bad,
    /// The outline: its search box, the list of every item, and its groups.
    editor_find,
    editor_outline_all,
    /// How many items the search found: "{count}".
    editor_found,
    editor_group_stages,
    editor_group_panels,
    editor_group_helplines,
    editor_group_resources,
    editor_group_sources,
    editor_group_labels,
    /// The form for a helpline: its heading ("{name}"), what it does, its fields, and the
    /// button that writes today's date.
    editor_form_heading,
    editor_form_note,
    editor_field_name,
    editor_field_who,
    editor_field_hours,
    editor_field_phone,
    editor_field_email,
    editor_field_website,
    editor_field_details,
    editor_field_formatting,
    editor_field_checked_on,
    editor_field_nations,
    editor_form_checked_today,
    editor_field_title,
    editor_field_label,
    editor_field_id,
    editor_field_summary,
    editor_field_explanation,
    editor_field_parent_openers,
    editor_field_child_openers,
    editor_field_resources,
    editor_field_reflection,
    editor_field_speaker_notes,
    editor_field_audience,
    editor_field_page,
    editor_field_description,
    editor_field_text,
    editor_field_heading,
    editor_field_how_to_use,
    editor_field_note,
    editor_opener_disclosure,
    editor_move_up,
    editor_move_down,
    editor_remove,
    editor_add_opener,
    editor_add_resource,
    /// An opener's text box: "{number}".
    editor_opener,
    editor_start_again_confirm,
    editor_no_mistakes,
    /// How many mistakes the draft has: "{count}".
    editor_mistakes,
    /// After the mistakes listed: "{count}" more are not.
    editor_more_mistakes,
    editor_warnings,
    editor_preview,
    editor_preview_stale,
    editor_preview_lens,
    editor_startup_failed,
}

impl Labels {
    /// A nation's name.
    pub fn nation(&self, nation: Nation) -> &str {
        match nation {
            Nation::England => &self.nation_england,
            Nation::Wales => &self.nation_wales,
            Nation::Scotland => &self.nation_scotland,
            Nation::NorthernIreland => &self.nation_northern_ireland,
        }
    }
}

impl Cycle {
    /// The content for a local edition's page: its title names the area, its local steps
    /// replace the general ones they stand for, and its contacts come first in Get support, in
    /// the disclosure panel and on a presentation's closing pages.
    pub fn with_edition(&self, edition: &Edition) -> Cycle {
        let mut cycle = self.clone();
        cycle.title = Text::Owned(fill(&self.labels.edition_title, &[("title", &self.title), ("area", &edition.name)]));
        let mut sections = cycle.disclosure.sections.to_vec();
        for local in edition.steps.iter() {
            if let Some(step) = sections.get_mut(local.section).and_then(|s| s.steps.to_mut().get_mut(local.step)) {
                *step = local.text.clone();
            }
        }
        cycle.disclosure.sections = sections.into();
        cycle.edition = Some(edition.clone());
        cycle
    }
}

/// The most helplines on one closing page of a presentation, so they read from the back of a
/// room with who each is for and its hours.
pub const CLOSING_PAGE_SIZE: usize = 4;

/// Whose helplines a closing page of a presentation lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helplines {
    /// A local edition's contacts.
    Local,
    /// Those across the UK.
    Uk,
    /// One nation's own.
    Nation(Nation),
}

/// A closing page of a presentation: a group of helplines, a page at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosingPage {
    pub helplines: Helplines,
    /// Indexes into the group's list (the edition's contacts, or the support services), in the
    /// order the file lists them.
    pub services: Vec<usize>,
}

impl Cycle {
    /// The closing pages: a local edition's contacts, then the helplines across the UK, then
    /// each nation's own, each group in pages of [`CLOSING_PAGE_SIZE`]. A presentation shows
    /// the local and the UK's, and the nation chosen (or every nation's, with none chosen).
    pub fn closing_pages(&self) -> Vec<ClosingPage> {
        let services = &self.support.services;
        let local = self.edition.as_ref().map_or(0, |e| e.contacts.len());
        let groups = [Helplines::Local, Helplines::Uk].into_iter().chain(Nation::ALL.map(Helplines::Nation));
        groups
            .flat_map(|helplines| {
                let members: Vec<usize> = match helplines {
                    Helplines::Local => (0..local).collect(),
                    Helplines::Uk => (0..services.len()).filter(|i| services[*i].uk_wide()).collect(),
                    Helplines::Nation(nation) => (0..services.len()).filter(|i| !services[*i].uk_wide() && services[*i].nations.contains(&nation)).collect(),
                };
                members.chunks(CLOSING_PAGE_SIZE).map(|page| ClosingPage { helplines, services: page.to_vec() }).collect::<Vec<_>>()
            })
            .collect()
    }
}

/// Fills `{name}` slots in a label; a slot with no value stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after.find('}').and_then(|close| Some((close, values.iter().find(|(name, _)| *name == &after[..close])?.1)));
        match slot {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out + rest
}
