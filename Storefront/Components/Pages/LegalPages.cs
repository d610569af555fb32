using Storefront.Localization;

namespace Storefront.Components.Pages;

/// <summary>The legal pages every German shop must link from every page. Texts are the demo shop's; a real merchant replaces them.</summary>
public static class LegalPages
{
    public sealed record Page(string Slug, string TitleKey, Func<string, string[]> English, Func<string, string[]> German)
    {
        public IReadOnlyList<string> Paragraphs(string shopName) => Cultures.IsGerman ? German(shopName) : English(shopName);
    }

    public static readonly IReadOnlyList<Page> All =
    [
        new("imprint", "Imprint",
            shop => [$"{shop} GmbH (demo), Musterstraße 1, 10115 Berlin, Germany.", "Managing director: Erika Mustermann. Commercial register: Amtsgericht Berlin-Charlottenburg, HRB 000000 (demo).", "Contact: service@storefront.test. VAT ID: DE000000000 (demo)."],
            shop => [$"{shop} GmbH (Demo), Musterstraße 1, 10115 Berlin, Deutschland.", "Geschäftsführerin: Erika Mustermann. Handelsregister: Amtsgericht Berlin-Charlottenburg, HRB 000000 (Demo).", "Kontakt: service@storefront.test. USt-IdNr.: DE000000000 (Demo)."]),
        new("privacy", "Privacy",
            shop => [$"{shop} processes personal data only to run your account, fulfil your orders and, with your consent, personalise your shopping stream.", "We keep a technical cookie to remember your cart and your language. We do not sell data to third parties.", "You may request access to, correction or deletion of your data at any time from your account page or by mail."],
            shop => [$"{shop} verarbeitet personenbezogene Daten nur, um dein Kundenkonto zu führen, Bestellungen abzuwickeln und – mit deiner Einwilligung – deinen Shopping-Stream zu personalisieren.", "Wir setzen ein technisch notwendiges Cookie für Warenkorb und Sprache. Daten werden nicht an Dritte verkauft.", "Du kannst jederzeit Auskunft, Berichtigung oder Löschung deiner Daten in deinem Konto oder per E-Mail verlangen."]),
        new("terms", "Terms",
            shop => [$"These terms apply to all orders placed with {shop}. The contract is concluded when we confirm your order by e-mail.", "All prices are in euros and include statutory VAT; shipping costs are shown before you order.", "Payment is due as stated for the chosen payment method."],
            shop => [$"Diese AGB gelten für alle Bestellungen bei {shop}. Der Vertrag kommt mit unserer Bestellbestätigung per E-Mail zustande.", "Alle Preise in Euro inklusive gesetzlicher Mehrwertsteuer; Versandkosten werden vor der Bestellung angezeigt.", "Die Zahlung ist gemäß der gewählten Zahlungsart fällig."]),
        new("returns", "ReturnsWithdrawal",
            shop => ["Right of withdrawal: you may withdraw from this contract within 14 days without giving any reason. The period begins on the day you receive the goods.", $"To exercise it, inform {shop} (service@storefront.test) by a clear statement. We refund all payments, including standard delivery costs, within 14 days.", "Returns are free of charge within Germany."],
            shop => ["Widerrufsrecht: Du hast das Recht, binnen 14 Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen. Die Frist beginnt mit dem Tag, an dem du die Waren erhältst.", $"Um es auszuüben, informiere {shop} (service@storefront.test) mittels einer eindeutigen Erklärung. Wir erstatten alle Zahlungen einschließlich der Standard-Lieferkosten binnen 14 Tagen.", "Rücksendungen innerhalb Deutschlands sind kostenlos."]),
    ];

    public static Page? Find(string slug) => All.FirstOrDefault(p => p.Slug == slug);
}
