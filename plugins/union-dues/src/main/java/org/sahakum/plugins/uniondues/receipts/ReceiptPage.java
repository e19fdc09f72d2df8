package org.sahakum.plugins.uniondues.receipts;

import java.util.Map;
import org.sahakum.plugins.uniondues.Money;

/** A receipt as a small printable HTML page, in Khmer or English. Every value is escaped. */
final class ReceiptPage {
  private static final Map<String, String[]> LABELS = Map.of(
      "km", new String[] {"បង្កាន់ដៃវិភាគទានសហជីព", "លេខបង្កាន់ដៃ", "សមាជិក", "ចំនួនទឹកប្រាក់", "ថ្ងៃបង់",
          "របៀបបង់", "បានបង់រួចដល់", "អ្នកប្រមូល", "លុបចោល", "រៀល", "ដុល្លារ"},
      "en", new String[] {"Union dues receipt", "Receipt number", "Member", "Amount", "Paid on", "Method",
          "Paid up to (not including)", "Collector", "REVERSED", "riel", "US dollars"});

  private ReceiptPage() {}

  static String html(ReceiptView r, String lang) {
    String[] l = LABELS.get(lang);
    String currency = r.currency().equals("KHR") ? l[9] : l[10];
    StringBuilder page = new StringBuilder("<!doctype html><html lang=\"").append(lang).append("\"><head>")
        .append("<meta charset=\"utf-8\"><title>").append(l[0]).append(' ').append(digits(String.valueOf(r.id()), lang))
        .append("</title><style>body{font-family:'Noto Sans Khmer',sans-serif;max-width:24em;margin:1em auto}"
            + "dt{font-weight:bold}dd{margin:0 0 .5em}.void{color:#b00;font-size:1.5em}</style></head><body>")
        .append("<h1>").append(l[0]).append("</h1><p>").append(escape(r.organisation())).append("</p>");
    if (r.reversed()) {
      page.append("<p class=\"void\">").append(l[8]).append("</p>");
    }
    page.append("<dl>");
    item(page, l[1], digits(String.valueOf(r.id()), lang));
    item(page, l[2], escape(r.memberCode()) + " — " + escape(r.workingName()));
    item(page, l[3], digits(Money.format(r.amountMinor()), lang) + " " + currency);
    item(page, l[4], digits(r.paidOn().toString(), lang));
    item(page, l[5], escape(r.method()));
    item(page, l[6], digits(r.coveredUntil(), lang));
    item(page, l[7], digits(String.valueOf(r.collectorAccountId()), lang));
    return page.append("</dl></body></html>").toString();
  }

  private static void item(StringBuilder page, String label, String value) {
    page.append("<dt>").append(label).append("</dt><dd>").append(value).append("</dd>");
  }

  /** Khmer digits (០–៩) on a Khmer receipt. */
  static String digits(String text, String lang) {
    if (!lang.equals("km")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('០' + (c - '0')) : (char) c));
    return out.toString();
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
