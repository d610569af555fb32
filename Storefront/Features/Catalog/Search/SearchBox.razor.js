// Blazor replaces the prerendered search box when its circuit connects, which would drop what the shopper typed
// (and the focus) in the meantime. This keeps that draft until SearchBox.razor takes it over.
const draft = { value: null, focused: false, taken: false };
const isBox = (e) => e.target instanceof HTMLElement && e.target.id === 'site-search-input';

// Whatever was typed while the page's scripts were still loading.
const box = document.getElementById('site-search-input');
if (box instanceof HTMLInputElement && box.value) {
    draft.value = box.value;
    draft.focused = document.activeElement === box;
}

document.addEventListener('input', (e) => { if (isBox(e) && !draft.taken) draft.value = e.target.value; });
document.addEventListener('focusin', (e) => { if (isBox(e)) draft.focused = true; });
document.addEventListener('focusout', (e) => { if (isBox(e) && e.relatedTarget) draft.focused = false; });

window.storefrontSearch = {
    takeDraft() {
        const result = { value: draft.value ?? '', focused: draft.focused && draft.value !== null };
        draft.taken = true;
        if (result.focused) {
            document.getElementById('site-search-input')?.focus();
        }
        return result;
    },
};
