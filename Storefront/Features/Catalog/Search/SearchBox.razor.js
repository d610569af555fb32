// The header's search form as a WAI-ARIA combobox: suggestions from /search/suggest (HTML rendered by the server in
// the shopper's language) while typing, arrow keys to move, Enter to open, Escape to close. Without this script the
// form still searches. Listeners sit on the document, so they survive Blazor's enhanced navigation.
const debounceMs = 150;
let timer = 0;
let pending = null;
let active = -1;

const form = () => document.querySelector('form.site-search');
const box = () => document.getElementById('site-search-input');
const listbox = () => document.getElementById('site-search-listbox');
const options = () => [...(listbox()?.querySelectorAll('[role=option]') ?? [])];
const isBox = (e) => e.target instanceof HTMLInputElement && e.target.id === 'site-search-input';
const minLength = () => Number(form()?.dataset.minLength ?? 2);
const isOpen = () => listbox()?.hidden === false;

function markReady() {
    form()?.setAttribute('data-enhanced', 'true');
}

function announce(text) {
    const status = form()?.querySelector('[data-search-status]');
    if (status) status.textContent = text;
}

function open() {
    if (options().length === 0) return;
    listbox().hidden = false;
    box().setAttribute('aria-expanded', 'true');
}

function close() {
    const list = listbox();
    if (list) list.hidden = true;
    box()?.setAttribute('aria-expanded', 'false');
    highlight(-1);
}

function highlight(index) {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    const chosen = options()[index];
    if (chosen) {
        box().setAttribute('aria-activedescendant', chosen.id);
        chosen.scrollIntoView({ block: 'nearest' });
    } else {
        box()?.removeAttribute('aria-activedescendant');
    }
}

function go(url) {
    close();
    if (window.Blazor?.navigateTo) window.Blazor.navigateTo(url);
    else window.location.assign(url);
}

function schedule() {
    clearTimeout(timer);
    pending?.abort();
    const query = box()?.value.trim() ?? '';
    if (query.length < minLength()) {
        listbox().replaceChildren();
        close();
        return;
    }
    timer = setTimeout(() => suggest(query), debounceMs);
}

async function suggest(query) {
    const controller = new AbortController();
    pending = controller;
    try {
        const url = `${form().dataset.suggestUrl}?q=${encodeURIComponent(query)}`;
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
        if (!response.ok || box()?.value.trim() !== query) return;
        listbox().innerHTML = await response.text();
        highlight(-1);
        const count = options().length;
        const status = form().querySelector('[data-search-status]');
        announce(count === 0 ? status.dataset.none : status.dataset.found.replace('{0}', count));
        if (count > 0 && document.activeElement === box()) open();
        else close();
    } catch (e) {
        if (e.name !== 'AbortError') close(); // Offline or server trouble: the form still searches on Enter.
    }
}

function onKeyDown(e) {
    const count = options().length;
    switch (e.key) {
        case 'ArrowDown':
            if (count === 0) return;
            e.preventDefault();
            highlight(isOpen() ? (active + 1) % count : 0);
            open();
            break;
        case 'ArrowUp':
            if (count === 0) return;
            e.preventDefault();
            highlight(isOpen() && active > 0 ? active - 1 : count - 1);
            open();
            break;
        case 'Escape':
            if (isOpen()) e.preventDefault();
            close();
            break;
        case 'Enter':
            if (isOpen() && options()[active]) {
                e.preventDefault();
                go(options()[active].dataset.url);
            }
            break;
    }
}

document.addEventListener('input', (e) => { if (isBox(e)) schedule(); });
document.addEventListener('keydown', (e) => { if (isBox(e)) onKeyDown(e); });
document.addEventListener('focusin', (e) => {
    if (isBox(e) && e.target.value.trim().length >= minLength()) open();
});
document.addEventListener('focusout', (e) => { if (isBox(e)) close(); });
// Keep the focus in the box while an option is clicked, so the click can choose it.
document.addEventListener('mousedown', (e) => {
    if (e.target instanceof Element && e.target.closest('#site-search-listbox')) e.preventDefault();
});
document.addEventListener('click', (e) => {
    const option = e.target instanceof Element ? e.target.closest('#site-search-listbox [role=option]') : null;
    if (option) go(option.dataset.url);
});

// Text typed before this script loaded gets its suggestions now.
if (document.activeElement === box() && box().value) schedule();
markReady();
window.Blazor?.addEventListener?.('enhancedload', () => { close(); markReady(); });
