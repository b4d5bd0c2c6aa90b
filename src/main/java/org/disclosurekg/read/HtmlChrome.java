package org.disclosurekg.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What government web pages put around a report: share buttons, breadcrumbs, print and close links,
 * font-size switches, navigation and related-link lists, and hidden spam. Recognised by class and id
 * names, inline styles, link density and short tell-tale texts.
 */
final class HtmlChrome {
    /** Texts longer than this are never taken for page furniture. */
    private static final int MAX_CHROME_TEXT = 80;
    /** Elements holding more text than this are kept even when their class looks like chrome. */
    private static final int MAX_CHROME_ELEMENT_TEXT = 400;

    /** Class or id words of page furniture; these also match as the start of a longer word (bdsharebuttonbox). */
    private static final Pattern CHROME_PREFIX = Pattern.compile(
            "(^|[-_ ])(nav|menu|breadcrumb|crumb|share|bdshare|fenxiang|toolbar|print|dayin|sidebar|related|xglj|"
                    + "copyright|qrcode|erweima|pagination|pager|comment)",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words of page furniture that must stand alone (head, not headline). */
    private static final Pattern CHROME_WORD = Pattern.compile(
            "(^|[-_ ])(position|location|weizhi|dqwz|tools|footer|foot|header|head|aside|links?|link_con|links_con|"
                    + "search|login|banner|ewm|font_size|fontsize|zihao)($|[-_ 0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(px|pt)?\\s*(;|$)"
                    + "|(left|top)\\s*:\\s*-\\d{3,}",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> CHROME_TEXTS = List.of(
            Pattern.compile("(您|当前|现在)[当前所在的]*位置\\s*[:：]|当前位置|^首页\\s*[>›»＞]"),
            Pattern.compile("分享到|一键分享"),
            Pattern.compile("^[\\s|:：、/·【】\\[\\]]*((微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|朋友圈|人人网|豆瓣|"
                    + "收藏|分享|更多)[\\s|:：、/·【】\\[\\]]*){2,}$"),
            Pattern.compile("打印本页|打印此页|打印文章|我要打印|我要纠错|关闭窗口|关闭本页|返回顶部|加入收藏|视力保护色"),
            Pattern.compile("^[【\\[]?\\s*(打印|关闭|返回|顶部|收藏)\\s*[】\\]]?(\\s*[【\\[]?\\s*(打印|关闭|返回|顶部|收藏)\\s*[】\\]]?)*$"),
            Pattern.compile("^字号[:：]|^字体[:：]|^【?\\s*字体\\s*[:：]?\\s*大\\s*中\\s*小|^[\\[【]?大[\\]】]?\\s*[\\[【]?中[\\]】]?\\s*[\\[【]?小[\\]】]?$"),
            Pattern.compile("扫一扫|在手机(上)?打开|浏览次数|访问次数|阅读次数|点击数[:：]"),
            Pattern.compile("^(相关链接|相关文章|相关阅读|相关稿件|上一篇|下一篇)"),
            Pattern.compile("^(全真版|文字版|文件下载|附件下载)$"));

    private HtmlChrome() {
    }

    /** True for a short paragraph that is page furniture rather than report text. */
    static boolean isChromeText(String text) {
        String t = text.strip();
        if (t.length() > MAX_CHROME_TEXT) {
            return false;
        }
        for (Pattern p : CHROME_TEXTS) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when inline styles hide the element, as injected spam links usually are. */
    static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** True for a small element whose class or id names page furniture. */
    static boolean isChromeElement(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return (CHROME_PREFIX.matcher(names).find() || CHROME_WORD.matcher(names).find())
                && e.text().length() <= MAX_CHROME_ELEMENT_TEXT
                && e.selectFirst("table") == null;
    }

    /** True for a navigation or related-links block: several links and little text besides them. */
    static boolean isLinkList(Element e) {
        int links = e.select("a").size();
        if (links < 3 || e.selectFirst("table") != null) {
            return false;
        }
        int all = e.text().length();
        int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return all > 0 && linked >= 0.7 * all && all <= 2000;
    }
}
