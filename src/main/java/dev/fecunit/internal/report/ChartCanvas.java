package dev.fecunit.internal.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * What the history chart and the sweep chart share: a white, antialiased image under a centred title, and
 * panels drawn on white with grid lines and a black frame, each under its own title.
 */
final class ChartCanvas {

    private ChartCanvas() {
    }

    /**
     * The graphics of {@code image}, painted white, with {@code title} centred on the line {@code baseline};
     * the caller draws the panels and disposes of it.
     */
    static Graphics2D titled(BufferedImage image, String title, Font font, int baseline) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(title, (image.getWidth() - g.getFontMetrics().stringWidth(title)) / 2, baseline);
        return g;
    }

    /** A plot on white, with {@code grid} lines and a black frame. */
    static void onWhite(XYPlot plot, Color grid) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlinePaint(Color.BLACK);
    }

    /** One panel: {@code plot} under {@code title}, without a legend, on white. */
    static JFreeChart panel(XYPlot plot, String title, Font font) {
        JFreeChart chart = new JFreeChart(null, font, plot, false);
        chart.setTitle(new TextTitle(title, font));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
