//! The content editor's page (edit.html): the part the build prerenders ([`EditorPage`]); the
//! editor itself ([`EditorView`]), drawn from its state; and the preview ([`Preview`]): the
//! drawing and one section of the panel, made by the explorer's own components from the
//! content being edited, so what the editor shows is what the explorer will show.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::controls::marked;
use super::diagram::cycle_diagram;
use super::document::{rich_paragraphs, stage_section, ContentNoteSection, InfoSection, IntroSection};
use crate::content::outline::OutlineRef;
use crate::content::load::UNCHECKED_ADVICE;
use crate::content::{fill, Audience, CycleRef, Labels, Nation, StagePlace};
use crate::contract::{id, Mark};
use crate::model::draft::{self, Mistake, PreviewSection};
use crate::model::editor::{EditedFile, EditorAction, EditorState, MISTAKES_SHOWN};
use crate::content::form::{Field, FieldValue, FormEdit, FormItem, Kind, OpenerValue};
use crate::content::items::{file_items, matches, FileItem, Group};
use crate::model::page::TabsView;
use crate::model::route::InfoPanel;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub cycle: CycleRef,
    pub outline: OutlineRef,
    pub showing: PreviewSection,
    /// Whose openers and resources show, as the explorer's lens does.
    pub lens: Audience,
}

/// The explorer's drawing and panel for `showing`. Its links are the explorer's own (`#id`);
/// the editor follows them within the preview.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let (cycle, outline) = (&props.cycle, &props.outline.0);
    let labels = &cycle.0.labels;
    let selected = match props.showing {
        PreviewSection::Stage(place) => outline.stage(place).map(|_| place),
        _ => None,
    };
    let tabs = TabsView { selected, ..TabsView::unselected(outline.stage_count()) };
    let section = match (props.showing, selected) {
        (_, Some(place)) => {
            let index = match place {
                StagePlace::Ring(i) => i,
                StagePlace::Hub => outline.stages.len(),
            };
            stage_section(cycle, index)
        }
        (PreviewSection::Panel(panel), _) => html! { <InfoSection cycle={ cycle.clone() } { panel } /> },
        (PreviewSection::ContentNote, _) => html! { <ContentNoteSection cycle={ cycle.clone() } /> },
        _ => html! { <IntroSection cycle={ cycle.clone() } /> },
    };
    html! {
        <>
            <nav class="site-nav" aria-label={ labels.site_nav.to_string() }>
                <a href="#">{ labels.step_introduction.as_ref() }</a>
                { for InfoPanel::ALL.into_iter().map(|panel| html! {
                    <a href={ format!("#{}", panel.name()) }>{ panel.title(&outline.panel_titles) }</a>
                }) }
            </nav>
            <div class="figure">{ cycle_diagram(&props.outline, tabs) }</div>
            { marked(Mark::Lens, props.lens.name(), "", html! { <div id={ id::PANEL } class="panel">{ section }</div> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorViewProps {
    pub state: Rc<EditorState>,
    pub dispatch: Callback<EditorAction>,
}

/// The editor: the content file in a text box with its mistakes, beside the preview, and the
/// buttons that open, download and publish it.
#[component]
pub fn EditorView(props: &EditorViewProps) -> Html {
    let state = &props.state;
    let labels = &state.labels;
    let on = |action: EditorAction| send::<MouseEvent>(&props.dispatch, action);
    html! {
        <>
            <FileChoice state={ state.clone() } dispatch={ props.dispatch.clone() } />
            <FindItems state={ state.clone() } dispatch={ props.dispatch.clone() } />
            <div class="editor-tools">
                <button type="button" class="button" onclick={ on(EditorAction::OpenFile) }>{ labels.editor_open.as_ref() }</button>
                <button type="button" class="button" onclick={ on(EditorAction::DownloadContent) }>{ labels.editor_download.as_ref() }</button>
                <button type="button" class="button" onclick={ on(EditorAction::DownloadSite) }>{ labels.editor_download_site.as_ref() }</button>
                <button type="button" class="button quiet" onclick={ on(EditorAction::StartAgain) }>{ labels.editor_start_again.as_ref() }</button>
            </div>
            <p class="editor-site-status" role="status">{ state.site_status().unwrap_or_default() }</p>
            <p class="editor-privacy">{ labels.editor_privacy.as_ref() }</p>
            if state.not_kept {
                <p class="notice" role="status">{ labels.editor_not_kept.as_ref() }</p>
            }
            if state.published_changed {
                <p class="notice">{ labels.editor_published_changed.as_ref() }</p>
            }
            if !state.draft_changes.is_empty() {
                <div class="notice editor-changes" role="status">
                    <p>
                        { fill(&labels.editor_draft_changes, &[("count", &state.draft_changes.len().to_string())]) }
                        if let Some(time) = &state.kept_at {
                            { " " }{ fill(&labels.editor_draft_kept_at, &[("time", time)]) }
                        }
                    </p>
                    <ul>{ for state.draft_changes.iter().map(|item| html! { <li><code>{ item.clone() }</code></li> }) }</ul>
                </div>
            }
            if state.open_failed {
                <p class="notice" role="alert">{ labels.editor_open_failed.as_ref() }</p>
            }
            <div class="editor-columns">
                <SourceBox state={ state.clone() } dispatch={ props.dispatch.clone() } />
                { preview_pane(state, &props.dispatch) }
            </div>
        </>
    }
}

/// Which file to edit: the content file, or a local edition's; and a new edition, by the name
/// of its folder (where the site has the commented file one starts from).
#[component]
fn FileChoice(props: &EditorViewProps) -> Html {
    let state = &props.state;
    let labels = &state.labels;
    let name_box = use_node_ref();
    let on_choose = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(id) = value_of(&event) {
                dispatch.emit(EditorAction::ChooseFile(if id.is_empty() { EditedFile::Content } else { EditedFile::Edition(id) }));
            }
        })
    };
    let start = {
        let (dispatch, name_box) = (props.dispatch.clone(), name_box.clone());
        move || {
            if let Some(name) = name_box.cast::<web_sys::HtmlInputElement>() {
                dispatch.emit(EditorAction::StartEdition(name.value()));
            }
        }
    };
    let on_start = {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start())
    };
    let on_key = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            start();
        }
    });
    let chosen = match &state.file {
        EditedFile::Content => "",
        EditedFile::Edition(id) => id.as_str(),
    };
    let bad = state.bad_edition_name.as_ref().map(|name| fill(&labels.editor_new_edition_bad, &[("id", name)]));
    html! {
        <div class="editor-files">
            <p>
                <label for={ id::EDITOR_FILE }>{ labels.editor_choose_file.as_ref() }</label>{ " " }
                <select id={ id::EDITOR_FILE } onchange={ on_choose }>
                    <option value="" selected={ chosen.is_empty() }>{ labels.editor_main_file.as_ref() }</option>
                    { for state.all_editions().into_iter().map(|id| html! {
                        <option value={ id.clone() } selected={ chosen == id }>{ fill(&labels.editor_edition_file, &[("id", id)]) }</option>
                    }) }
                </select>
            </p>
            if !state.new_edition.is_empty() {
                <p>
                    <label for={ id::EDITOR_NEW_EDITION }>{ labels.editor_new_edition_label.as_ref() }</label>{ " " }
                    <input ref={ name_box } id={ id::EDITOR_NEW_EDITION } type="text" autocomplete="off" spellcheck="false" autocapitalize="off"
                           aria-invalid={ bad.is_some().then_some("true") } onkeydown={ on_key } />{ " " }
                    <button type="button" class="button quiet" onclick={ on_start }>{ labels.editor_new_edition.as_ref() }</button>
                </p>
                if let Some(bad) = bad {
                    <p class="notice" role="alert">{ bad }</p>
                }
            }
        </div>
    }
}

/// The outline: every item of the file, by group, and a search of their names; choosing one
/// opens it at its line (and its form, for a helpline).
#[component]
fn FindItems(props: &EditorViewProps) -> Html {
    let state = &props.state;
    let labels = &state.labels;
    let items = file_items(&state.text);
    let on_search = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(search) = value_of(&event) {
                dispatch.emit(EditorAction::Search(search));
            }
        })
    };
    let group_name = |group: Group| -> &str {
        match group {
            Group::Stages => &labels.editor_group_stages,
            Group::Panels => &labels.editor_group_panels,
            Group::Helplines => &labels.editor_group_helplines,
            Group::Resources => &labels.editor_group_resources,
            Group::Sources => &labels.editor_group_sources,
            Group::Labels => &labels.editor_group_labels,
        }
    };
    let item_button = |item: &FileItem| {
        let name = if item.name.is_empty() { group_name(item.group).to_string() } else { item.name.clone() };
        html! { <li><button type="button" class="editor-item" onclick={ send::<MouseEvent>(&props.dispatch, EditorAction::GoToLine(item.line)) }>{ name }</button></li> }
    };
    let searching = !state.search.trim().is_empty();
    let found: Vec<&FileItem> = items.iter().filter(|item| searching && matches(item, &state.search)).collect();
    html! {
        <div class="editor-find">
            <p>
                <label for={ id::EDITOR_SEARCH }>{ labels.editor_find.as_ref() }</label>{ " " }
                <input id={ id::EDITOR_SEARCH } type="search" autocomplete="off" value={ state.search.clone() } oninput={ on_search } />{ " " }
                <span role="status">
                    if searching {
                        { fill(&labels.editor_found, &[("count", &found.len().to_string())]) }
                    }
                </span>
            </p>
            if !found.is_empty() {
                <ul class="editor-found">{ for found.iter().map(|item| item_button(item)) }</ul>
            }
            <details class="editor-outline">
                <summary>{ labels.editor_outline_all.as_ref() }</summary>
                { for Group::ALL.into_iter().filter(|group| items.iter().any(|i| i.group == *group)).map(|group| html! {
                    <>
                        <h3>{ group_name(group) }</h3>
                        <ul>{ for items.iter().filter(|i| i.group == group).map(item_button) }</ul>
                    </>
                }) }
            </details>
        </div>
    }
}

/// A field's label.
fn field_label<'l>(labels: &'l Labels, key: &str) -> &'l str {
    match key {
        "name" => &labels.editor_field_name,
        "who" => &labels.editor_field_who,
        "hours" => &labels.editor_field_hours,
        "phone" => &labels.editor_field_phone,
        "email" => &labels.editor_field_email,
        "website" => &labels.editor_field_website,
        "details" => &labels.editor_field_details,
        "checked_on" => &labels.editor_field_checked_on,
        "nations" => &labels.editor_field_nations,
        "title" => &labels.editor_field_title,
        "label" => &labels.editor_field_label,
        "id" => &labels.editor_field_id,
        "summary" => &labels.editor_field_summary,
        "explanation" => &labels.editor_field_explanation,
        "parent_openers" => &labels.editor_field_parent_openers,
        "child_openers" => &labels.editor_field_child_openers,
        "resources" => &labels.editor_field_resources,
        "reflection" => &labels.editor_field_reflection,
        "speaker_notes" => &labels.editor_field_speaker_notes,
        "audience" => &labels.editor_field_audience,
        "page" => &labels.editor_field_page,
        "description" => &labels.editor_field_description,
        "heading" => &labels.editor_field_heading,
        "how_to_use" => &labels.editor_field_how_to_use,
        "note" => &labels.editor_field_note,
        _ => &labels.editor_field_text,
    }
}

/// The value of the text box, text area or list an event happened in.
fn value_of(event: &Event) -> Option<String> {
    let target = event.target()?;
    let target = match target.dyn_into::<web_sys::HtmlInputElement>() {
        Ok(input) => return Some(input.value()),
        Err(other) => other,
    };
    match target.dyn_into::<web_sys::HtmlTextAreaElement>() {
        Ok(area) => Some(area.value()),
        Err(other) => other.dyn_into::<web_sys::HtmlSelectElement>().ok().map(|select| select.value()),
    }
}

/// The form for the item the caret is in: a labelled control for each field, with the
/// build's words for a mistake beside its field (and tied to it), lists of openers to add to,
/// take from and reorder, resources chosen by name, and Checked today for a helpline.
fn item_form(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    let Some(form) = &state.form else { return Html::default() };
    let labels = &state.labels;
    let edit = |edit: FormEdit| send::<MouseEvent>(dispatch, EditorAction::EditForm(edit));
    let field = |(field, value): &(Field, FieldValue)| {
        let key = field.key;
        // A label is named by its key, as the guide lists them.
        let title = if form.item == FormItem::Labels { key } else { field_label(labels, key) };
        let id = format!("form-{key}");
        let prefix = form.mistake_prefix(key);
        let mistakes: Vec<&Mistake> = state.editing.mistakes.iter().filter(|m| m.text.contains(&prefix)).collect();
        let mistake_id = format!("{id}-mistake");
        let note_id = format!("{id}-note");
        let long = field.kind == Kind::Long;
        let described: Vec<&str> = [(!mistakes.is_empty()).then_some(mistake_id.as_str()), long.then_some(note_id.as_str())].into_iter().flatten().collect();
        let described = (!described.is_empty()).then(|| described.join(" "));
        let invalid = (!mistakes.is_empty()).then_some("true");
        let on_text = {
            let dispatch = dispatch.clone();
            Callback::from(move |event: Event| {
                if let Some(value) = value_of(&event) {
                    dispatch.emit(EditorAction::EditForm(FormEdit::Text(key, value)));
                }
            })
        };
        let control = match (field.kind, value) {
            // A label written over several lines is a long text too.
            (Kind::Long, FieldValue::Text(text)) | (Kind::Line, FieldValue::Text(text)) if field.kind == Kind::Long || text.contains('\n') => html! {
                <>
                    <label for={ id.clone() }>{ title }</label>
                    <textarea id={ id.clone() } rows="4" value={ text.clone() } aria-describedby={ described } aria-invalid={ invalid } onchange={ on_text } />
                    <p id={ note_id } class="editor-field-note">{ labels.editor_field_formatting.as_ref() }</p>
                </>
            },
            (Kind::Audience, FieldValue::Text(chosen)) => html! {
                <fieldset class="editor-choices" aria-describedby={ described }>
                    <legend>{ title }</legend>
                    { for [Audience::Parents, Audience::Children, Audience::Both].into_iter().map(|audience| html! {
                        <label>
                            <input type="radio" name={ id.clone() } checked={ chosen == audience.name() }
                                   onchange={ send::<Event>(dispatch, EditorAction::EditForm(FormEdit::Text(key, audience.name().to_string()))) } />
                            { match audience { Audience::Parents => labels.lens_parents.to_string(), Audience::Children => labels.lens_children.to_string(), Audience::Both => labels.lens_both.to_string() } }
                        </label>
                    }) }
                </fieldset>
            },
            (Kind::Nations, FieldValue::Words(words)) => {
                let serves = |n: Nation| words.iter().any(|w| w == "uk" || w == n.name());
                html! {
                    <fieldset class="editor-choices" aria-describedby={ described }>
                        <legend>{ title }</legend>
                        { for Nation::ALL.into_iter().map(|nation| {
                            let mut chosen: Vec<Nation> = Nation::ALL.into_iter().filter(|n| serves(*n)).collect();
                            if serves(nation) { chosen.retain(|n| *n != nation) } else { chosen.push(nation) }
                            let words = if chosen.len() == Nation::ALL.len() { vec!["uk".to_string()] } else { Nation::ALL.into_iter().filter(|n| chosen.contains(n)).map(|n| n.name().to_string()).collect() };
                            html! {
                                <label>
                                    <input type="checkbox" checked={ serves(nation) } onchange={ send::<Event>(dispatch, EditorAction::EditForm(FormEdit::Words(key, words))) } />
                                    { labels.nation(nation).to_string() }
                                </label>
                            }
                        }) }
                    </fieldset>
                }
            }
            (Kind::Resources, FieldValue::Words(ids)) => html! {
                <fieldset class="editor-choices editor-resources" aria-describedby={ described }>
                    <legend>{ title }</legend>
                    { for form.resources.iter().filter(|(id, _)| !id.is_empty()).map(|(id, title)| {
                        let mut chosen = ids.clone();
                        if chosen.contains(id) { chosen.retain(|c| c != id) } else { chosen.push(id.clone()) }
                        html! {
                            <label>
                                <input type="checkbox" checked={ ids.contains(id) } onchange={ send::<Event>(dispatch, EditorAction::EditForm(FormEdit::Words(key, chosen))) } />
                                { if title.is_empty() { id.clone() } else { title.clone() } }
                            </label>
                        }
                    }) }
                    <button type="button" class="button quiet" onclick={ send::<MouseEvent>(dispatch, EditorAction::AddResource) }>{ labels.editor_add_resource.as_ref() }</button>
                </fieldset>
            },
            (Kind::Openers, FieldValue::Openers(openers)) => {
                let with = |change: &dyn Fn(&mut Vec<OpenerValue>)| {
                    let mut changed = openers.clone();
                    change(&mut changed);
                    edit(FormEdit::Openers(key, changed))
                };
                html! {
                    <fieldset class="editor-openers" aria-describedby={ described }>
                        <legend>{ title }</legend>
                        { for openers.iter().enumerate().map(|(i, opener)| {
                            let text_id = format!("{id}-{i}");
                            let on_opener = {
                                let (dispatch, openers) = (dispatch.clone(), openers.clone());
                                Callback::from(move |event: Event| {
                                    if let Some(value) = value_of(&event) {
                                        let mut changed = openers.clone();
                                        changed[i].text = value;
                                        dispatch.emit(EditorAction::EditForm(FormEdit::Openers(key, changed)));
                                    }
                                })
                            };
                            let mut flagged = openers.clone();
                            flagged[i].disclosure = !opener.disclosure;
                            let name = fill(&labels.editor_opener, &[("number", &(i + 1).to_string())]);
                            // Which opener a button acts on, for a screen reader (the buttons
                            // of every opener read alike).
                            let which = html! { <span class="visually-hidden">{ format!(" ({name})") }</span> };
                            html! {
                                <div class="editor-opener">
                                    <label for={ text_id.clone() }>{ name.clone() }</label>
                                    <textarea id={ text_id } rows="2" value={ opener.text.clone() } onchange={ on_opener } />
                                    <span class="editor-field-row">
                                        <label class="editor-inline-choice">
                                            <input type="checkbox" checked={ opener.disclosure } onchange={ send::<Event>(dispatch, EditorAction::EditForm(FormEdit::Openers(key, flagged))) } />
                                            { labels.editor_opener_disclosure.as_ref() }{ which.clone() }
                                        </label>
                                        if i > 0 {
                                            <button type="button" class="button quiet" onclick={ with(&|o| o.swap(i, i - 1)) }>{ labels.editor_move_up.as_ref() }{ which.clone() }</button>
                                        }
                                        if i + 1 < openers.len() {
                                            <button type="button" class="button quiet" onclick={ with(&|o| o.swap(i, i + 1)) }>{ labels.editor_move_down.as_ref() }{ which.clone() }</button>
                                        }
                                        <button type="button" class="button quiet" onclick={ with(&|o| { o.remove(i); }) }>{ labels.editor_remove.as_ref() }{ which.clone() }</button>
                                    </span>
                                </div>
                            }
                        }) }
                        <button type="button" class="button quiet" onclick={ with(&|o| o.push(OpenerValue::default())) }>{ labels.editor_add_opener.as_ref() }</button>
                    </fieldset>
                }
            }
            (_, value) => {
                let text = match value { FieldValue::Text(text) => text.clone(), _ => String::new() };
                html! {
                    <>
                        <label for={ id.clone() }>{ title }</label>
                        <span class="editor-field-row">
                            <input id={ id.clone() } type="text" value={ text } aria-describedby={ described } aria-invalid={ invalid } onchange={ on_text } />
                            if field.kind == Kind::Date {
                                <button type="button" class="button quiet" onclick={ send::<MouseEvent>(dispatch, EditorAction::FormCheckedToday) }>{ labels.editor_form_checked_today.as_ref() }</button>
                            }
                        </span>
                    </>
                }
            }
        };
        html! {
            <div class="editor-field">
                { control }
                if !mistakes.is_empty() {
                    <p id={ mistake_id } class="editor-field-mistake">{ for mistakes.iter().map(|m| html! { <span>{ m.text.clone() }</span> }) }</p>
                }
            </div>
        }
    };
    html! {
        <section class="editor-form" aria-labelledby="editor-form-heading">
            <h2 id="editor-form-heading">{ fill(&labels.editor_form_heading, &[("name", if form.item == FormItem::Labels { &labels.editor_group_labels } else { &form.name })]) }</h2>
            <p class="editor-field-note">{ labels.editor_form_note.as_ref() }</p>
            { for form.values.iter().map(field) }
        </section>
    }
}

/// The content file in a text box with line numbers, and its mistakes above it.
#[component]
fn SourceBox(props: &EditorViewProps) -> Html {
    let state = &props.state;
    let labels = &state.labels;
    let gutter = use_node_ref();
    let on_input = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text_box) = text_box_of(&event) {
                dispatch.emit(EditorAction::Typed { text: text_box.value(), caret: text_box.selection_start().ok().flatten().unwrap_or(0) });
            }
        })
    };
    let on_caret = {
        let dispatch = props.dispatch.clone();
        move |event: &Event| {
            if let Some(caret) = text_box_of(event).and_then(|t| t.selection_start().ok().flatten()) {
                dispatch.emit(EditorAction::CaretMoved(caret));
            }
        }
    };
    let (on_keyup, on_click) = {
        let (keyup, click) = (on_caret.clone(), on_caret);
        (Callback::from(move |e: KeyboardEvent| keyup(&e)), Callback::from(move |e: MouseEvent| click(&e)))
    };
    // The line numbers scroll with the text.
    let on_scroll = {
        let gutter = gutter.clone();
        Callback::from(move |event: Event| {
            if let (Some(text_box), Some(gutter)) = (text_box_of(&event), gutter.cast::<web_sys::Element>()) {
                gutter.set_scroll_top(text_box.scroll_top());
            }
        })
    };
    let checked_today = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(EditorAction::CheckedToday))
    };
    // Long lines wrap: each number stands as tall as its line, as a copy of the text laid out
    // like the box (out of sight) measures it, after every change.
    let (mirror, text_box) = (use_node_ref(), use_node_ref());
    {
        let (gutter, mirror, text_box) = (gutter.clone(), mirror.clone(), text_box.clone());
        use_effect(move || fit_line_numbers(&gutter, &mirror, &text_box));
    }
    html! {
        <section class="editor-source" aria-labelledby="editor-text-label">
            <h2 id="editor-text-label">
                <label for={ id::EDITOR_TEXT }>
                    { match &state.file {
                        EditedFile::Content => labels.editor_file_label.to_string(),
                        EditedFile::Edition(id) => fill(&labels.editor_edition_file, &[("id", id)]),
                    } }
                </label>
            </h2>
            <div class="editor-check" aria-live="polite">
                { mistakes_list(state, &props.dispatch) }
                if let Some(unchecked) = &state.editing.warning {
                    // Folded, so the text is on the first screen; the count says what is inside.
                    <details class="editor-warning">
                        <summary>{ labels.editor_warnings.as_ref() }{ " " }{ unchecked.heading.clone() }</summary>
                        <ul>{ for unchecked.services.iter().map(|service| html! { <li>{ service.clone() }</li> }) }</ul>
                        <p>{ UNCHECKED_ADVICE }</p>
                    </details>
                }
            </div>
            // What can be done to the item the caret is in. The row keeps its room when empty,
            // so the text never moves under the caret.
            <p class="editor-item-actions">
                if let Some(name) = &state.caret_service {
                    <button type="button" class="button quiet" onclick={ checked_today }>{ fill(&labels.editor_checked_today, &[("name", name)]) }</button>
                }
            </p>
            <div class="editor-box">
                <div ref={ gutter } class="editor-gutter" aria-hidden="true">
                    { for (1..=draft::line_count(&state.text)).map(|n| html! { <div>{ n }</div> }) }
                </div>
                <div class="editor-lines">
                    <textarea ref={ text_box } id={ id::EDITOR_TEXT } spellcheck="false" autocapitalize="off" value={ state.text.clone() }
                              oninput={ on_input } onkeyup={ on_keyup } onclick={ on_click } onscroll={ on_scroll } />
                    <div ref={ mirror } class="editor-mirror" aria-hidden="true">
                        // An empty line still takes a line's height.
                        { for state.text.split('\n').map(|line| html! { <div>{ if line.is_empty() { " " } else { line } }</div> }) }
                    </div>
                </div>
            </div>
        </section>
    }
}

/// Makes each line number as tall as its line in the text box, which wraps long lines: the
/// copy of the text, as wide as the box's text, gives each line's height.
fn fit_line_numbers(gutter: &NodeRef, mirror: &NodeRef, text_box: &NodeRef) {
    let (Some(gutter), Some(mirror), Some(text_box)) =
        (gutter.cast::<web_sys::HtmlElement>(), mirror.cast::<web_sys::HtmlElement>(), text_box.cast::<web_sys::HtmlTextAreaElement>())
    else {
        return;
    };
    let _ = mirror.style().set_property("width", &format!("{}px", text_box.client_width()));
    let lines = mirror.children();
    // Fractions of a pixel count: rounded, they would add up over hundreds of lines.
    let heights: Vec<f64> = (0..lines.length()).filter_map(|i| lines.item(i)).map(|line| line.get_bounding_client_rect().height()).collect();
    let numbers = gutter.children();
    for (i, height) in heights.into_iter().enumerate() {
        if let Some(number) = numbers.item(i as u32).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = number.style().set_property("height", &format!("{height}px"));
        }
    }
    gutter.set_scroll_top(text_box.scroll_top());
}

/// The draft's mistakes, each a button that puts the caret on its line; the first hundred.
fn mistakes_list(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    let (labels, mistakes) = (&state.labels, &state.editing.mistakes);
    if mistakes.is_empty() {
        return html! { <p>{ labels.editor_no_mistakes.as_ref() }</p> };
    }
    let more = mistakes.len().saturating_sub(MISTAKES_SHOWN);
    html! {
        <>
            <p>{ fill(&labels.editor_mistakes, &[("count", &mistakes.len().to_string())]) }</p>
            <ul class="editor-mistakes">
                { for mistakes.iter().take(MISTAKES_SHOWN).map(|Mistake { line, text }| html! {
                    <li><button type="button" class="editor-mistake" onclick={ send::<MouseEvent>(dispatch, EditorAction::GoToLine(*line)) }>{ text.clone() }</button></li>
                }) }
            </ul>
            if more > 0 {
                <p>{ fill(&labels.editor_more_mistakes, &[("count", &more.to_string())]) }</p>
            }
        </>
    }
}

/// The preview of the draft, through the lens chosen, at the stage or panel being edited.
fn preview_pane(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    let labels = &state.labels;
    let lens_choice = |audience: Audience, label: &str| {
        html! {
            <label>
                <input type="radio" name="editor-lens" value={ audience.name() } checked={ state.lens == audience } onchange={ send::<Event>(dispatch, EditorAction::Lens(audience)) } />
                { label.to_string() }
            </label>
        }
    };
    // The preview's links are the explorer's own (`#id`): they change what the preview shows.
    let on_preview_click = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            let link = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href^='#']").ok().flatten());
            if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
                event.prevent_default();
                dispatch.emit(EditorAction::PreviewLink(href));
            }
        })
    };
    html! {
        <section class="editor-preview" aria-labelledby="editor-preview-heading">
            { item_form(state, dispatch) }
            <h2 id="editor-preview-heading">{ labels.editor_preview.as_ref() }</h2>
            if state.editing.stale {
                <p class="notice">{ labels.editor_preview_stale.as_ref() }</p>
            }
            <fieldset class="lens-choice">
                <legend>{ labels.editor_preview_lens.as_ref() }</legend>
                { lens_choice(Audience::Both, &labels.lens_both) }
                { lens_choice(Audience::Parents, &labels.lens_parents) }
                { lens_choice(Audience::Children, &labels.lens_children) }
            </fieldset>
            if let Some(preview) = &state.editing.preview {
                <div class="editor-preview-page" onclick={ on_preview_click }>
                    <Preview cycle={ preview.cycle.clone() } outline={ preview.outline.clone() } showing={ state.showing } lens={ state.lens } />
                </div>
            }
        </section>
    }
}

/// A callback that sends an action, whatever the event.
fn send<E: 'static>(dispatch: &Callback<EditorAction>, action: EditorAction) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action.clone()))
}

/// The text box an event happened in.
fn text_box_of(event: &Event) -> Option<web_sys::HtmlTextAreaElement> {
    event.target().and_then(|t| t.dyn_into().ok())
}

#[derive(Properties, PartialEq)]
pub struct EditorPageProps {
    pub cycle: CycleRef,
}

/// What edit.html shows before (or without) the editor's WebAssembly: what the page is for,
/// the note shown if the editor cannot start, and where the editor goes.
#[component]
pub fn EditorPage(props: &EditorPageProps) -> Html {
    let labels = &props.cycle.0.labels;
    html! {
        <main class="editor-page">
            <h1>{ labels.editor_title.as_ref() }</h1>
            <div class="editor-intro">{ rich_paragraphs(&labels.editor_intro, labels) }</div>
            <p id={ id::STARTUP_NOTE } class="startup-note" role="status" hidden=true>{ labels.editor_startup_failed.as_ref() }</p>
            <noscript><p class="startup-note">{ labels.editor_startup_failed.as_ref() }</p></noscript>
            <div id={ id::EDITOR }></div>
        </main>
    }
}
