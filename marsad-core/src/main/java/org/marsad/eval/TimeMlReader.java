package org.marsad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.marsad.model.Span;

/**
 * Reads TimeML files with the JDK's StAX parser. Inline tags inside TEXT (EVENT, SIGNAL, TIMEX3)
 * are dropped and their character data kept, so the text is what a reader of the article sees;
 * each TIMEX3 there becomes a gold span of that text. DTDs and external entities are never loaded.
 */
public final class TimeMlReader {
    private static final XMLInputFactory FACTORY = factory();

    private TimeMlReader() {
    }

    /** A file that is not well-formed TimeML; the message names the file and, where known, the line. */
    public static final class BrokenFile extends Exception {
        BrokenFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static TimeMlDocument read(Path file) throws BrokenFile {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new BrokenFile(file + ": " + e.getMessage(), e);
        }
    }

    public static TimeMlDocument read(String name, InputStream in) throws BrokenFile {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            return parse(name, xml);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber();
            throw new BrokenFile(name + where + ": not well-formed XML: " + firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the parse result (or its error) is already decided
                }
            }
        }
    }

    private static TimeMlDocument parse(String name, XMLStreamReader xml) throws XMLStreamException, BrokenFile {
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.Timex> times = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        String creation = null;
        int textDepth = 0;
        boolean sawText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = xml.getLocalName();
                if (tag.equals("TEXT")) {
                    textDepth++;
                    sawText = true;
                } else if (tag.equals("TIMEX3")) {
                    String function = xml.getAttributeValue(null, "functionInDocument");
                    boolean dct = "CREATION_TIME".equals(function);
                    String value = xml.getAttributeValue(null, "value");
                    if (dct && creation == null) {
                        creation = value;
                    }
                    open.push(new Open(text.length(), xml.getAttributeValue(null, "type"), value,
                            textDepth > 0 && !dct));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = xml.getLocalName();
                if (tag.equals("TEXT")) {
                    textDepth--;
                } else if (tag.equals("TIMEX3")) {
                    Open o = open.pop();
                    Span span = trimmed(text, o.start, text.length());
                    if (o.scored && span != null) {
                        times.add(new TimeMlDocument.Timex(span, o.type, o.value == null ? "" : o.value.strip()));
                    }
                }
            } else if (textDepth > 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
        if (!sawText) {
            throw new BrokenFile(name + ": no TEXT element", null);
        }
        return new TimeMlDocument(name, text.toString(), date(creation), times);
    }

    /** A TIMEX3 still open: where its text starts and its attributes. */
    private record Open(int start, String type, String value, boolean scored) {
    }

    /** The span without surrounding white space, or null when nothing is left (a non-consuming TIMEX3). */
    private static Span trimmed(CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    /** The day of a creation time such as 1998-08-07 or 1998-08-07T06:18:00, or null. */
    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The parser's own words: the last line of its message, without the JDK's "Message:" label. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n');
        m = nl < 0 ? m : m.substring(nl + 1).strip();
        return m.startsWith("Message:") ? m.substring("Message:".length()).strip() : m;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
