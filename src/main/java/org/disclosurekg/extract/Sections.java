package org.disclosurekg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the six parts of a 2019/2021 report start in its flow, found by their headings in the wordings
 * TEMPLATES.md lists (and a few more). A part that is not found gets the boundaries of its neighbours.
 */
final class Sections {
    private static final Pattern[] HEADINGS = {
        Pattern.compile("[一1][、.]\\s*(?:总体情况|概述|总体)"),
        Pattern.compile("[二2][、.]\\s*(?:行政机关)?主动公开(?:政府)?信息"),
        Pattern.compile("[三3][、.]\\s*(?:行政机关)?(?:收到和处理|依申请公开|收到、处理)"),
        Pattern.compile("[四4][、.]\\s*[^\\n。\\d]{0,24}?(?:行政(?:法)?复议|行政诉讼)"),
        Pattern.compile("[五5][、.]\\s*[^\\n。]{0,16}?(?:存在的|主要问题|问题)"),
        Pattern.compile("[六6][、.]\\s*[^\\n。]{0,8}?其他需要"),
    };

    private final int[] starts = new int[HEADINGS.length + 1];

    private Sections(Flow flow) {
        String text = flow.text();
        int from = 0;
        for (int i = 0; i < HEADINGS.length; i++) {
            Matcher m = HEADINGS[i].matcher(text);
            starts[i] = m.find(from) ? m.start() : -1;
            if (starts[i] >= 0) {
                from = m.end();
            }
        }
        starts[HEADINGS.length] = text.length();
    }

    static Sections of(Flow flow) {
        return new Sections(flow);
    }

    /** Where part {@code n} (1..6) starts: its heading, else the heading of the nearest part before it. */
    int start(int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (starts[i] >= 0) {
                return starts[i];
            }
        }
        return 0;
    }

    /** Where part {@code n} (1..6) ends: the next heading found, else the end of the text. */
    int end(int n) {
        for (int i = n; i < starts.length; i++) {
            if (starts[i] >= 0) {
                return starts[i];
            }
        }
        return starts[starts.length - 1];
    }
}
