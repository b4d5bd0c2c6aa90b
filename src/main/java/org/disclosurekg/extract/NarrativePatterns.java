package org.disclosurekg.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrasings of the narrative keys, in the order they are tried: a channel named on its own wins over
 * the plain proactive-disclosure total, so that 市政府网站主动公开各类政府信息5500余条 counts as website posts.
 * Each pattern describes the words right before the number; what lies further back in the clause is free,
 * except that a list of several channels (、 等 和) makes a number no single channel's.
 */
final class NarrativePatterns {
    /** Linking words that may stand between the counted thing and the number. */
    private static final String LINK = "(?:总数|总量|总计|数量|数|共计|合计|累计|共有|共|已达|达到|达|为|计|有|了)*\\s*";
    private static final String POST_VERB = "(?:发布|推送|公开|公布|刊发|刊载|更新|发送|推出|上传|发)(?:了)?";
    private static final String CONTENT = "(?:各类|各种|相关)?(?:政府|政务)?(?:微信|微博)?"
            + "(?:信息|消息|文章|稿件|图文|推文|博文|微博|内容|资讯)(?:公开)?";
    /** The gap between a channel and its verb: no second channel (、 等 和 及 与), no clause break. */
    private static final String GAP = "[^,;:。、等和及与]{0,15}?";
    static final String WEBSITE = "(?:(?:政府|门户|官方|政务|部门|局|委|办)网站|门户网|官网|政府网|网站群"
            + "|[“\"「][^”\"」]{1,15}[”\"」](?:网站|网))";
    private static final String WEIBO = "(?:微博)";
    private static final String WECHAT = "(?:微信公众号|微信公众平台|微信|公众号)";
    private static final String APP = "(?:[Aa][Pp][Pp]|客户端|移动端)";
    private static final String VERB_WORDS = "(?:编发|编印|印发|出版|发行|刊发|编辑|制作|出刊|刊印)(?:了)?";
    private static final String GAZETTE = "《[^》]{0,24}公报》";
    private static final String SUB_SCOPE = "^(?:\\d{4}\\s*年度?)?\\s*(?:[区市县省州旗](?:人民)?政府(?:本级|本部|机关)?(?!办公|门户|网)"
            + "|[区市县省州旗]级|各(?:部门|街道|乡镇|单位)|本级)";
    /** A clause about a part of the report's units (各乡镇, 区直、县直各单位): its numbers are not the total. */
    private static final String PART_SUBJECT = "^\\W*(?:\\d{4}\\s*年度?,?\\s*)?(?:[区市县省州旗][直属](?:、[区市县省州旗][直属])?"
            + "(?:各)?(?:单位|部门|机关)|各(?:部门|街道|乡镇|单位|县区|区县|县市区)|[区市县]级(?:各)?(?:部门|单位))";
    /** The disclosure office, or one of several units listed, as the subject of 主动公开: a part. */
    private static final String OTHER_OFFICE = "(?:公开办|、[^,;:。]{1,10}(?:办公室|局|委员会|办))[^,;:。]{0,4}主动公开";
    /** A running total over the years, not this year's number. */
    private static final String CUMULATIVE = "累计|历年|以来|至今";
    /** A category of what was disclosed (其他应主动公开的政府信息 …), not the total. */
    private static final String CATEGORY = "其他(?:应)?主动(?:公开|公布)";
    private static final String APPLICATION_CONTEXT = "依申请|公开申请|申请公开|信息公开";
    private static final String NOT_APPLICATIONS = "复议|诉讼|信访|投诉|举报|咨询|诉求|建议|提案|留言";
    private static final String CASES = "件|起|宗|个";
    /** A channel named together with another one: the number then belongs to no single channel. */
    private static final String CHANNEL_LIST = "(?:网站|网|微博|微信|公众号|[Aa][Pp][Pp]|客户端|平台|报纸?|电视|广播)[”\"」》]?"
            + "[^,;:。]{0,3}?(?:和|及|与|、|等)";

    private static final List<NarrativeRule> RULES = List.of(
            rule("website.visits", "次 人次", WEBSITE + "[^,;:。、]{0,12}?总?(?:访问量|访问人次|访问次数|浏览量|浏览次数|点击量)"
                    + "(?:总数|总量)?" + LINK).reject("累计|历年|以来|上线").build(),
            rule("channel.website.posts", "条 篇 则", WEBSITE + GAP + POST_VERB + CONTENT + LINK).reject(CHANNEL_LIST + "|" + CUMULATIVE).build(),
            rule("channel.weibo.posts", "条 篇 则", WEIBO + GAP + POST_VERB + CONTENT + LINK).reject(CHANNEL_LIST + "|" + CUMULATIVE).build(),
            rule("channel.wechat.posts", "条 篇 则", WECHAT + GAP + POST_VERB + CONTENT + LINK).reject(CHANNEL_LIST + "|" + CUMULATIVE).build(),
            rule("channel.app.posts", "条 篇 则", APP + GAP + POST_VERB + CONTENT + LINK).reject(CHANNEL_LIST + "|" + CUMULATIVE).build(),
            rule("channel.gazette.issues", "期", VERB_WORDS + GAZETTE + LINK,
                    GAZETTE + "(?:全年|共)?" + VERB_WORDS + LINK, "(?:政府)?公报(?:全年|共)?" + VERB_WORDS + LINK)
                    .build(),
            rule("channel.gazette.issues", "期", VERB_WORDS + LINK).after("\\s*" + GAZETTE).build(),
            rule("proactive.docItems", "条 件 篇 份", "(?:公文|文件)(?:类)?(?:信息)?主动公开" + LINK,
                    "主动公开(?:政府|政务)?(?:公文|文件)(?:信息)?" + LINK).parts().build(),
            rule("proactive.items", "条 件", "主动(?:公开|公布)(?:了)?(?:各类|各种|(?:我|本|全)[区市县省局委办](?:各级)?(?:各)?"
                    + "(?:单位|部门)?|的)?(?:政府|政务)?信息(?:总数|总量|数量|数)?" + LINK).reject(OTHER_OFFICE + "|" + CATEGORY).build(),
            rule("proactive.items", "条 件", "其中\\W*主动(?:公开|公布)(?:的)?(?:政府|政务)?信息" + LINK)
                    .sentence("(?:制作|获取)[^。]{0,6}政府信息(?:总数|总量)").parts().build(),
            rule("applications.received", "件 条 份 个", "(?:收到|受理|接收|接受|接到|新收到?)(?:了)?[^,;:。]{0,20}?"
                    + "(?:政府信息公开申请|信息公开申请|公开申请|申请公开(?:政府信息)?|依申请公开(?:政府信息|事项|信息)?(?:申请)?|申请)"
                    + LINK)
                    .reject(NOT_APPLICATIONS + "|" + SUB_SCOPE).sentence(APPLICATION_CONTEXT).build(),
            rule("applications.received", "件 条 份 个", "(?:收到|受理|接收|接到|新收到?)(?:了)?" + LINK)
                    .after("(?:的)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)?申请")
                    .reject(NOT_APPLICATIONS + "|" + SUB_SCOPE).context(APPLICATION_CONTEXT).build(),
            rule("applications.received", "件 条 份 个", "新(?:收到?|接收|受理)(?:的)?(?:政府信息公开申请|申请)?" + LINK)
                    .reject(NOT_APPLICATIONS).sentence("(?:处理|办理)[^。]{0,12}(?:申请|依申请公开)").parts().build(),
            rule("applications.answered", "件 条 份 个", "(?:答复|办结|回复)(?:了)?(?:依申请公开(?:申请)?|(?:政府)?信息公开申请|申请)?"
                    + "(?:的)?(?:答复)?" + LINK).reject(NOT_APPLICATIONS + "|" + SUB_SCOPE)
                    .sentence("申请").build(),
            rule("applications.grantedOrPartial", "件 条 份 个", "(?:同意|予以)?公开(?:或|和|及|与|、)部分公开(?:的)?(?:申请)?"
                    + LINK).reject(SUB_SCOPE).context("申请").parts().build(),
            rule("reconsideration.cases", CASES, "行政复议(?:案件|申请)?" + LINK)
                    .reject(SUB_SCOPE + "|被申请人").context("信息公开").parts().build(),
            rule("reconsideration.cases", CASES, "(?:共有|有|共)$")
                    .after("(?:因|涉及)?(?:政府)?信息公开[^,;:。]{0,12}?(?:申请|提起)?行政复议").build(),
            rule("litigation.cases", CASES, "行政诉讼(?:案件)?" + LINK)
                    .reject(SUB_SCOPE + "|被告").context("信息公开").parts().build(),
            rule("hotline.calls", "个 件 次 通 人次", "(?:热线|公开电话|市长电话|区长电话|县长电话|12345)[^,;:。]{0,16}?"
                    + "(?:接到|受理|接听|收到)(?:了)?(?:群众|市民)?(?:来电|电话|诉求|工单)?(?:总数|总量)?" + LINK).build(),
            rule("procurement.projects", "个 项 宗", "(?:政府)?采购[^,;:。]{0,10}?项目(?:数量|总数)?" + LINK)
                    .reject("申报|节约|竞价|成交").context("政府采购").build(),
            rule("procurement.amountWanYuan", "万元 亿元 元", "采购(?:资金|金额|总金额|总额|合同金额|规模)(?:总额)?" + LINK)
                    .reject("申报|节约|竞价|成交|减少|预算").context("政府采购").build());

    private NarrativePatterns() {
    }

    /** The first rule that reads the number as its key, or null. */
    static NarrativeRule match(String unit, NarrativeRule.NumberContext context) {
        for (NarrativeRule rule : RULES) {
            if (rule.matches(unit, context)) {
                return rule;
            }
        }
        return null;
    }

    /** Every narrative key these patterns can produce, in order. */
    static List<String> keys() {
        return RULES.stream().map(NarrativeRule::key).distinct().toList();
    }

    private static Builder rule(String key, String units, String... before) {
        return new Builder(key, units, before);
    }

    /** Assembles one rule; patterns are compiled once, each anchored at the end of the text before. */
    private static final class Builder {
        private final String key;
        private final Set<String> units;
        private final List<Pattern> before;
        private Pattern after;
        private Pattern reject;
        private Pattern context;
        private Pattern sentence;
        private boolean parts;

        Builder(String key, String units, String... before) {
            this.key = key;
            this.units = Set.of(units.split("[ |]"));
            this.before = Arrays.stream(before).map(b -> Pattern.compile("(?:" + b + ")\\s*$")).toList();
            this.reject = Pattern.compile(PART_SUBJECT);
        }

        Builder after(String regex) {
            after = Pattern.compile(regex);
            return this;
        }

        Builder reject(String regex) {
            reject = Pattern.compile(PART_SUBJECT + "|" + regex);
            return this;
        }

        Builder context(String regex) {
            context = Pattern.compile(regex);
            return this;
        }

        Builder sentence(String regex) {
            sentence = Pattern.compile(regex);
            return this;
        }

        Builder parts() {
            parts = true;
            return this;
        }

        NarrativeRule build() {
            return new NarrativeRule(key, units, before, after, reject, context, sentence, parts);
        }
    }
}
