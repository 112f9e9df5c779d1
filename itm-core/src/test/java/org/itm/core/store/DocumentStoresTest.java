package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itm.core.ItmException;
import org.itm.core.store.internal.InMemoryDocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoresTest {

    @TempDir
    Path dir;

    @Test
    void fallsBackToInMemoryWhenNoProviderIsRegistered() {
        assertThat(DocumentStores.load()).isInstanceOf(InMemoryDocumentStore.class);
    }

    @Test
    void usesTheSingleRegisteredProvider() throws IOException {
        try (URLClassLoader loader = loaderRegistering(List.of(TestStoreProvider.class.getName()))) {
            assertThat(DocumentStores.load(loader)).isSameAs(TestStoreProvider.STORE);
        }
    }

    @Test
    void refusesToGuessBetweenSeveralProviders() throws IOException {
        try (URLClassLoader loader = loaderRegistering(
                List.of(TestStoreProvider.class.getName(), OtherProvider.class.getName()))) {
            assertThatThrownBy(() -> DocumentStores.load(loader))
                    .isInstanceOf(ItmException.class)
                    .hasMessageContaining("several")
                    .hasMessageContaining("test")
                    .hasMessageContaining("other");
        }
    }

    @Test
    void inMemoryStoresAreIndependent() {
        DocumentStore a = DocumentStores.inMemory();
        DocumentStore b = DocumentStores.inMemory();
        a.declare("t", java.util.Set.of());
        a.create("t", "x", java.util.Map.of(), "{}");
        b.declare("t", java.util.Set.of());
        assertThat(b.read("t", "x")).isEmpty();
    }

    /** A second provider, to make discovery ambiguous. */
    public static class OtherProvider implements DocumentStoreProvider {
        @Override
        public String name() {
            return "other";
        }

        @Override
        public DocumentStore create() {
            return DocumentStores.inMemory();
        }
    }

    private URLClassLoader loaderRegistering(List<String> providers) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(DocumentStoreProvider.class.getName()), providers);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
