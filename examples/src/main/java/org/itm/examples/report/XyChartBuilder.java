package org.itm.examples.report;

/**
 * What the builders of charts with two numeric axes share: the title, the axis titles and how values are shown on
 * each axis. Setters return the concrete builder, so calls chain as on any builder.
 *
 * @param <B> the concrete builder
 */
public abstract class XyChartBuilder<B extends XyChartBuilder<B>> {

    protected final String title;
    protected String xAxis = "";
    protected String yAxis = "";
    protected ValueFormat xFormat = ValueFormat.NUMBER;
    protected ValueFormat yFormat = ValueFormat.NUMBER;

    protected XyChartBuilder(String title) {
        this.title = title;
    }

    /** This builder, as its concrete type. */
    protected abstract B self();

    /** The x axis title. */
    public B xAxis(String xAxis) {
        this.xAxis = xAxis;
        return self();
    }

    /** The y axis title. */
    public B yAxis(String yAxis) {
        this.yAxis = yAxis;
        return self();
    }

    /** How x values are shown (default {@link ValueFormat#NUMBER}). */
    public B xFormat(ValueFormat xFormat) {
        this.xFormat = xFormat;
        return self();
    }

    /** How y values are shown (default {@link ValueFormat#NUMBER}). */
    public B yFormat(ValueFormat yFormat) {
        this.yFormat = yFormat;
        return self();
    }
}
