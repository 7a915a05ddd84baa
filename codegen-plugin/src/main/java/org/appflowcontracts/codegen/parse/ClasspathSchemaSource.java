package org.appflowcontracts.codegen.parse;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Every {@code *.json} resource under a classpath folder (for example the schemas artifact's
 * {@code schemas/appflow/2020-08-23/}), whether the folder is in a jar or a directory.
 */
public record ClasspathSchemaSource(ClassLoader loader, String folder) implements SchemaSource {

    public ClasspathSchemaSource {
        folder = folder.endsWith("/") ? folder : folder + "/";
    }

    @Override
    public List<SchemaInput> load() throws IOException {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IOException("no schema folder '" + folder + "' on the plugin classpath (a jar must list the "
                    + "folder as an entry, as Maven-built jars do)");
        }
        List<SchemaInput> inputs;
        if ("jar".equals(url.getProtocol())) {
            inputs = fromJar(url);
        } else if ("file".equals(url.getProtocol())) {
            try {
                inputs = new DirectorySchemaSource(Path.of(url.toURI())).load();
            } catch (URISyntaxException e) {
                throw new IOException("cannot read schema folder " + url, e);
            }
        } else {
            throw new IOException("unsupported classpath location " + url);
        }
        inputs.sort(Comparator.comparing(SchemaInput::file));
        return inputs;
    }

    private List<SchemaInput> fromJar(URL url) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<SchemaInput> inputs = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(folder) && name.endsWith(".json")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        inputs.add(new SchemaInput(name.substring(folder.length()), in.readAllBytes()));
                    }
                }
            }
        }
        return inputs;
    }

    @Override
    public String describe() {
        return "classpath:" + folder;
    }
}
