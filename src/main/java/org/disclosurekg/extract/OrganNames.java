package org.disclosurekg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Chinese government bodies are named: where the name of a department or office ends (工业和信息化局,
 * 发展和改革委员会), which offices belong to the people's government itself (办公厅, 参事室, 法制办公室), and
 * the full name of a division's government (武汉市汉阳区人民政府, 平潭县人民政府, 和田地区行政公署).
 */
final class OrganNames {
    /** The last word of a body's name, longest first where one ends another. */
    private static final List<String> SUFFIXES = List.of("管理委员会", "委员会", "管委会", "办公厅", "办公室", "办事处",
            "参事室", "研究室", "中心", "海关", "局", "厅", "委", "办", "室", "院", "馆", "署", "站", "所", "队", "社");
    /** Offices of a people's government, named 某市人民政府某某: 上海市人民政府办公厅, 湖南省人民政府参事室. */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "办公厅|办公室|参事室|研究室|法制办公室|外事办公室|侨务办公室|外事侨务办公室|金融工作办公室|台湾事务办公室|港澳事务办公室");
    /** The general office or the disclosure office, which compiles the government's own report. */
    private static final Pattern GENERAL_OFFICE = Pattern.compile("办公厅|办公室|办|.*(?:信息公开|政务公开|领导小组).*办公室");
    /** Words that open a sentence's predicate, not a name. */
    private static final Pattern PREDICATE = Pattern.compile("^(?:按照|坚持|围绕|认真|深入|全面|进一步|严格|积极|持续|聚焦|始终|继续|"
            + "扎实|着力|高度|立足|不断|紧紧|紧扣|切实|根据|依据|结合|共|累计|通过|对|把|将|为|于|从|在|以|的|和|与|及|主动|全年|"
            + "本年|新增|已|各|等|政府信息|信息公开|政务公开|年度|健全|完善|加强|强化|推进|做好|贯彻|落实|编制|制作|发布|公开)");
    private static final int LONGEST_ORGAN = 16;
    /** A branch named after its bureau (公安局晋安分局, 生态环境局鼓楼分局, 公安局交通警察支队). */
    private static final Pattern BRANCH = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:分局|支队|大队)(?![\\p{IsHan}])");
    /**
     * A county-level name at the start of an organ (某某县地税局): a place the gazetteer did not read, so the organ
     * is no department of the division before it. Words ending in 区 that are no place (社区, 园区, 景区 …) are not.
     */
    private static final Pattern UNREAD_PLACE = Pattern.compile(
            "^[\\p{IsHan}]{2,6}?(?:县|旗|(?<![社园景林矿湖山片辖城新发验试范税作贸理])区)(?=[\\p{IsHan}])");

    private OrganNames() {
    }

    /** The department or office name that opens the text (工业和信息化局…), or null when none does. */
    static String organAt(String text) {
        if (PREDICATE.matcher(text).find()) {
            return null;
        }
        for (int i = 0; i < Math.min(text.length(), LONGEST_ORGAN); i++) {
            if (!isHan(text.charAt(i))) {
                return null;
            }
            for (String suffix : SUFFIXES) {
                if (text.startsWith(suffix, i)) {
                    String organ = text.substring(0, i + suffix.length());
                    return organ.endsWith("网站") ? null : withBranch(organ, text.substring(organ.length()));
                }
            }
        }
        return null;
    }

    /** The organ with the branch of it that follows (公安局 + 晋安分局), if one does. */
    private static String withBranch(String organ, String rest) {
        if (!organ.endsWith("局")) {
            return organ;
        }
        Matcher m = BRANCH.matcher(rest);
        return m.find() ? organ + m.group() : organ;
    }

    /** True when the organ opens with a county-level place name (某某县地税局). */
    static boolean namesUnreadPlace(String organ) {
        String bureau = isBranch(organ) && organ.contains("局") ? organ.substring(0, organ.indexOf('局') + 1) : organ;
        return UNREAD_PLACE.matcher(bureau).find();
    }

    /** True when the organ is a branch of a bureau (公安局晋安分局). */
    static boolean isBranch(String organ) {
        return organ.endsWith("分局") || organ.endsWith("支队") || organ.endsWith("大队");
    }

    /** True when the text opens with a predicate (按照, 坚持 …) rather than a name. */
    static boolean opensPredicate(String text) {
        return PREDICATE.matcher(text).find();
    }

    /** True when the office belongs to the people's government itself (办公厅, 参事室 …). */
    static boolean isGovernmentOffice(String organ) {
        return GOVERNMENT_OFFICE.matcher(organ).matches();
    }

    /** True when the office is the one that compiles the government's own report. */
    static boolean isGeneralOffice(String organ) {
        return GENERAL_OFFICE.matcher(organ).matches();
    }

    /** The division's name as bodies of it are prefixed with: 武汉市汉阳区, 上海市虹口区, 平潭县, 郴州市. */
    static String prefix(Division d) {
        if (d.level().equals("county") && d.name().endsWith("区")) {
            return (d.prefecture().isEmpty() ? d.province() : d.prefecture()) + d.name();
        }
        return d.name();
    }

    /** The full name of the division's government: 武汉市汉阳区人民政府, 和田地区行政公署. */
    static String government(Division d) {
        boolean office = d.level().equals("prefecture") && (d.name().endsWith("地区") || d.name().endsWith("盟"));
        return prefix(d) + (office ? "行政公署" : "人民政府");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
