#include "detailhtml.h"

#include "colorcontrast.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fa {

namespace {

QString withNote(const SessionView::Text &t, const QString &muted)
{
    QString html = plainTextToHtml(t.text);
    if (!t.fallbackNote.isEmpty())
        html += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(muted, t.fallbackNote.toHtmlEscaped());
    return html;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px\">%1</h3>")
        .arg(text.toHtmlEscaped());
}
} // namespace

QString plainTextToHtml(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]))"));
    QString out;
    qsizetype last = 0;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString url = m.captured(1);
        out +=
            QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    out.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

QString emptyDetailHtml(const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    return QStringLiteral("<div style=\"color:%1; margin-top:40px\" align=\"center\">%2</div>")
        .arg(muted, QCoreApplication::translate(
                        "fa::SessionDetailPane",
                        "Select a session to see its speakers, materials and recordings.")
                        .toHtmlEscaped());
}

QString detailHtml(const SessionView &view, const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString html;
    html +=
        QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(withNote(view.title, muted));
    html += QStringLiteral("<p style=\"margin-top:0\">%1").arg(view.whenEvent.toHtmlEscaped());
    if (!view.duration.isEmpty())
        html += QStringLiteral(" · ") + view.duration.toHtmlEscaped();
    if (!view.whenLocal.isEmpty())
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(muted, view.whenLocal.toHtmlEscaped());
    html += QStringLiteral("</p>");

    if (!view.pillars.isEmpty()) {
        QStringList chips;
        const QColor base = palette.color(QPalette::Base);
        for (const SessionView::Pillar &p : view.pillars) {
            // A glyph has no edge to add: a pale dot on white (or a dark one
            // on black) is made darker (lighter) instead.
            const QString dot =
                p.color.isEmpty()
                    ? muted
                    : ColorContrast::withContrast(QColor(p.color), base, ColorContrast::markMinimum)
                          .name();
            chips.append(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                             .arg(dot, p.title.toHtmlEscaped()));
        }
        html +=
            QStringLiteral("<p>") + chips.join(QStringLiteral(" &nbsp; ")) + QStringLiteral("</p>");
    }

    html += heading(QCoreApplication::translate("fa::SessionDetailPane", "Recordings"));
    if (view.recordings.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, view.recordingGap.toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>");
        for (int i = 0; i < view.recordings.size(); ++i) {
            const SessionView::Recording &r = view.recordings[i];
            html += QStringLiteral("▶ <a href=\"fa-play:%1\">%2</a>")
                        .arg(i)
                        .arg(r.label.toHtmlEscaped());
            if (!r.hasSource)
                html += QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                            .arg(muted, QCoreApplication::translate("fa::SessionDetailPane",
                                                                    "no recording linked yet")
                                            .toHtmlEscaped());
            html += QStringLiteral("<br>");
        }
        html += QStringLiteral("</p>");
        if (!view.recordingGap.isEmpty())
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(muted, view.recordingGap.toHtmlEscaped());
    }

    if (!view.speakers.isEmpty()) {
        html += heading(QCoreApplication::translate("fa::SessionDetailPane", "Speakers"));
        for (int i = 0; i < view.speakers.size(); ++i) {
            const SessionView::Person &p = view.speakers[i];
            // The picture comes from the pane (a cached photo or initials), never from the text.
            html += QStringLiteral(
                        "<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:6px\"><tr>"
                        "<td width=\"48\" valign=\"top\"><img src=\"fa-photo:%1\" width=\"40\" "
                        "height=\"40\"></td>"
                        "<td valign=\"top\">")
                        .arg(i);
            html += QStringLiteral("<b>%1</b>").arg(p.name.toHtmlEscaped());
            if (!p.sessionRole.text.isEmpty())
                html += QStringLiteral(" — ") + withNote(p.sessionRole, muted);
            QStringList line;
            if (!p.role.text.isEmpty())
                line.append(withNote(p.role, muted));
            if (!p.organization.text.isEmpty())
                line.append(withNote(p.organization, muted));
            if (!line.isEmpty())
                html += QStringLiteral("<br>") + line.join(QStringLiteral(", "));
            if (!p.bio.text.isEmpty())
                html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                            .arg(muted, withNote(p.bio, muted));
            html += QStringLiteral("</td></tr></table>");
        }
    }

    if (!view.summary.text.isEmpty())
        html += heading(QCoreApplication::translate("fa::SessionDetailPane", "Summary"))
                + QStringLiteral("<p>") + withNote(view.summary, muted) + QStringLiteral("</p>");
    if (!view.note.text.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
                    .arg(muted, withNote(view.note, muted));

    if (!view.materials.isEmpty()) {
        html += heading(QCoreApplication::translate("fa::SessionDetailPane", "Materials"))
                + QStringLiteral("<p>");
        for (int i = 0; i < view.materials.size(); ++i) {
            const SessionView::Material &m = view.materials[i];
            QStringList facts;
            if (!m.language.isEmpty())
                facts.append(m.language);
            if (!m.sizeText.isEmpty())
                facts.append(m.sizeText);
            html += QStringLiteral("<a href=\"fa-material:%1\">%2</a>")
                        .arg(i)
                        .arg(m.title.text.toHtmlEscaped());
            if (!facts.isEmpty())
                html += QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                            .arg(muted, facts.join(QStringLiteral(", ")).toHtmlEscaped());
            html +=
                QStringLiteral(" <span style=\"color:%1\">%2</span><br>")
                    .arg(muted,
                         (m.isLocal
                              ? QCoreApplication::translate("fa::SessionDetailPane", "open")
                              : QCoreApplication::translate("fa::SessionDetailPane", "download"))
                             .toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace fa
