package org.disclosurekg.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines of a page: stroked lines and rectangle edges, and filled
 * rectangles thin enough to be lines, which is how many word processors draw table borders.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {
    /** A filled shape no thicker than this is a line. */
    private static final double THIN = 3.0;

    private final PDRectangle crop;
    private final List<PdfRuling> rulings = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> boxes = new ArrayList<>();
    private final List<double[]> drawn = new ArrayList<>();
    private double[] start;
    private double[] current;

    PdfRulingCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    /** The lines drawn on the page. */
    static List<PdfRuling> of(PDPage page) throws IOException {
        PdfRulingCollector collector = new PdfRulingCollector(page);
        collector.processPage(page);
        return collector.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double[][] corners = {point(p0), point(p1), point(p2), point(p3)};
        for (int i = 0; i < 4; i++) {
            segments.add(new double[] {corners[i][0], corners[i][1], corners[(i + 1) % 4][0], corners[(i + 1) % 4][1]});
        }
        boxes.add(new double[] {min(corners, 0), min(corners, 1), max(corners, 0), max(corners, 1)});
    }

    @Override
    public void moveTo(float x, float y) {
        start = point(x, y);
        current = start;
    }

    @Override
    public void lineTo(float x, float y) {
        double[] next = point(x, y);
        if (current != null) {
            segments.add(new double[] {current[0], current[1], next[0], next[1]});
            drawn.add(segments.get(segments.size() - 1));
        } else {
            start = next;
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = point(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : new Point2D.Double(current[0], current[1]);
    }

    @Override
    public void closePath() {
        if (current != null && start != null) {
            segments.add(new double[] {current[0], current[1], start[0], start[1]});
            drawn.add(segments.get(segments.size() - 1));
            current = start;
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (double[] s : segments) {
            addSegment(s);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        boxes.add(bounds(drawn));
        for (double[] box : boxes) {
            addThinBox(box);
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The path that follows is only a clip; endPath() discards it.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images carry no rulings.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings carry no rulings.
    }

    private void addSegment(double[] s) {
        if (Math.abs(s[1] - s[3]) <= 0.5) {
            rulings.add(new PdfRuling(true, (s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])));
        } else if (Math.abs(s[0] - s[2]) <= 0.5) {
            rulings.add(new PdfRuling(false, (s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])));
        }
    }

    private void addThinBox(double[] b) {
        if (b == null) {
            return;
        }
        double w = b[2] - b[0];
        double h = b[3] - b[1];
        if (h <= THIN && w > h) {
            rulings.add(new PdfRuling(true, (b[1] + b[3]) / 2, b[0], b[2]));
        } else if (w <= THIN && h > w) {
            rulings.add(new PdfRuling(false, (b[0] + b[2]) / 2, b[1], b[3]));
        }
    }

    private static double[] bounds(List<double[]> segs) {
        if (segs.isEmpty()) {
            return null;
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] s : segs) {
            b[0] = Math.min(b[0], Math.min(s[0], s[2]));
            b[1] = Math.min(b[1], Math.min(s[1], s[3]));
            b[2] = Math.max(b[2], Math.max(s[0], s[2]));
            b[3] = Math.max(b[3], Math.max(s[1], s[3]));
        }
        return b;
    }

    private void clear() {
        segments.clear();
        boxes.clear();
        drawn.clear();
        start = null;
        current = null;
    }

    /** Device space (origin bottom left) to the top-left coordinates text positions use. */
    private double[] point(double x, double y) {
        return new double[] {x - crop.getLowerLeftX(), crop.getUpperRightY() - y};
    }

    private double[] point(Point2D p) {
        return point(p.getX(), p.getY());
    }

    private static double min(double[][] points, int axis) {
        double m = Double.MAX_VALUE;
        for (double[] p : points) {
            m = Math.min(m, p[axis]);
        }
        return m;
    }

    private static double max(double[][] points, int axis) {
        double m = -Double.MAX_VALUE;
        for (double[] p : points) {
            m = Math.max(m, p[axis]);
        }
        return m;
    }
}
