// The filter form submits itself when a filter changes (without JavaScript its "Show results" button does), and
// leaves empty fields and the default sort out of the URL, so filtered URLs stay short and canonical.
document.addEventListener('change', (e) => {
    const form = e.target instanceof Element ? e.target.closest('form[data-facet-form]') : null;
    form?.requestSubmit();
});

document.addEventListener('formdata', (e) => {
    if (!(e.target instanceof HTMLFormElement) || !e.target.matches('form[data-facet-form]')) return;
    for (const [key, value] of [...e.formData]) {
        if (value === '' || (key === 'sort' && value === 'relevance')) e.formData.delete(key, value);
    }
});
