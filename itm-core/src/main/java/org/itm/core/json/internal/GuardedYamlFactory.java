package org.itm.core.json.internal;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A {@link YAMLFactory} whose parsers treat YAML as configuration data: anchors, aliases and tags are rejected
 * (see {@link GuardedYamlParser}) and runs of characters are bounded before the YAML scanner buffers them (see
 * {@link RunLimitedReader}).
 */
public final class GuardedYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    private final int maxRun;

    /**
     * @param builder the factory settings
     * @param maxRun  the longest run of characters without white space accepted in a document
     */
    public GuardedYamlFactory(YAMLFactoryBuilder builder, int maxRun) {
        super(builder);
        this.maxRun = maxRun;
    }

    private GuardedYamlFactory(GuardedYamlFactory source) {
        super(source);
        this.maxRun = source.maxRun;
    }

    @Override
    public YAMLFactory copy() {
        return new GuardedYamlFactory(this);
    }

    private YAMLParser guarded(ObjectReadContext ctxt, IOContext io, Reader reader) {
        return new GuardedYamlParser(ctxt, io, _getBufferRecycler(),
                ctxt.getStreamReadFeatures(_streamReadFeatures), ctxt.getFormatReadFeatures(_formatReadFeatures),
                _loadSettings, new RunLimitedReader(reader, maxRun));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, InputStream in) {
        return guarded(ctxt, io, _createReader(in, null, io));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, Reader r) {
        return guarded(ctxt, io, r);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, char[] data, int offset, int len,
            boolean recyclable) {
        return guarded(ctxt, io, new CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, byte[] data, int offset, int len) {
        return guarded(ctxt, io, _createReader(data, offset, len, null, io));
    }
}
