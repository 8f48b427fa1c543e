package dev.retort.runtime.load;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value RevisionIndex#RESOURCE} listing every {@code @Revision} class of the compilation,
 * so that an application jar's revisions are found without scanning (classpath mode). Registered in
 * {@code META-INF/services/javax.annotation.processing.Processor}: any project that compiles against
 * retort-core runs it (retort-core itself is compiled with {@code -proc:none}). Writes nothing when
 * there are no revision classes. A revision class must be a top-level or static nested class that
 * implements {@link Migration} and has a constructor without parameters; otherwise it is a compile
 * error.
 */
@SupportedAnnotationTypes("dev.retort.migration.Revision")
public final class RevisionIndexProcessor extends AbstractProcessor {
    private final List<IndexedRevision> found = new ArrayList<>();
    private Trees trees;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        try {
            trees = Trees.instance(env);
        } catch (IllegalArgumentException e) {
            trees = null;
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(Revision.class)) {
            if (element instanceof TypeElement type && valid(type)) {
                found.add(entry(type));
            }
        }
        if (round.processingOver() && !found.isEmpty() && !round.errorRaised()) {
            found.sort(Comparator.comparing(IndexedRevision::className));
            write(RevisionIndex.format(found));
        }
        return true;
    }

    private boolean valid(TypeElement type) {
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(Migration.class.getName());
        boolean ok = true;
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            ok = error(type, "@Revision must be on a concrete class");
        } else if (type.getNestingKind() != NestingKind.TOP_LEVEL
                && !(type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC))) {
            ok = error(type, "a @Revision class must be top-level or a static nested class");
        } else if (!processingEnv.getTypeUtils().isAssignable(type.asType(), migration.asType())) {
            ok = error(type, "a @Revision class must implement " + Migration.class.getName());
        } else if (ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .noneMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE))) {
            ok = error(type, "a @Revision class needs a non-private constructor without parameters");
        }
        Revision revision = type.getAnnotation(Revision.class);
        for (String item : concat(revision.down(), revision.branchLabels(), revision.dependsOn())) {
            if (!item.isEmpty() && !RevisionIndex.writable(item)) {
                ok = error(type, "'" + item + "' cannot be listed in the revision index: no tab, comma or line break");
            }
        }
        return ok;
    }

    private IndexedRevision entry(TypeElement type) {
        Revision r = type.getAnnotation(Revision.class);
        List<String> down = Arrays.stream(r.down()).filter(d -> !d.isEmpty()).toList();
        String name = processingEnv.getElementUtils().getBinaryName(type).toString();
        return new IndexedRevision(name, r.id(), down, List.of(r.branchLabels()), List.of(r.dependsOn()),
                r.transactional(), checksum(type));
    }

    /** The checksum a file-mode run would record for the class's source file, or "" when it cannot be read. */
    private String checksum(TypeElement type) {
        TreePath path = trees == null ? null : trees.getPath(type);
        if (path == null) {
            return "";
        }
        try {
            CharSequence content = path.getCompilationUnit().getSourceFile().getCharContent(true);
            return Checksums.of(content.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        }
    }

    private void write(String index) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    RevisionIndex.RESOURCE);
            try (OutputStream out = file.openOutputStream()) {
                out.write(index.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + RevisionIndex.RESOURCE + ": " + e.getMessage());
        }
    }

    private boolean error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return false;
    }

    private static List<String> concat(String[]... arrays) {
        List<String> all = new ArrayList<>();
        for (String[] a : arrays) {
            all.addAll(Arrays.asList(a));
        }
        return all;
    }
}
