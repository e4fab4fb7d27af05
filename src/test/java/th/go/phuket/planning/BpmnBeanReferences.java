package th.go.phuket.planning;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Spring beans a BPMN file names in its expressions. Two kinds of name are beans whatever the context: the whole
 * of a {@code camunda:delegateExpression} ({@code ${validateTaskInputListener}}: the listener or delegate itself,
 * of the type its place needs), and the object a method is called on ({@code ${dueNoticeSchedule.reminderCycle(…)}}),
 * except the engine's own {@code execution} and {@code task}. Any other name ({@code ${agencyIds}},
 * {@code ${committeeDecision == 'approved'}}) is a process variable.
 */
public final class BpmnBeanReferences {

    /** A bean named in {@code file}, by the element with {@code elementId}; {@code type} is what the engine calls. */
    public record Reference(String file, String elementId, String expression, String beanName, Class<?> type) {
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern WHOLE_NAME = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*");
    private static final Pattern METHOD_CALL = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)(?:\\.\\w+)*\\.\\w+\\s*\\(");
    private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task");

    private BpmnBeanReferences() {
    }

    public static List<Reference> in(String file, InputStream bpmn) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(bpmn).getDocumentElement();
            List<Reference> references = new ArrayList<>();
            collect(file, root, references);
            return references;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Cannot read " + file, e);
        }
    }

    private static void collect(String file, Element element, List<Reference> references) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attribute = (Attr) element.getAttributes().item(i);
            boolean delegate = CAMUNDA.equals(attribute.getNamespaceURI())
                    && "delegateExpression".equals(attribute.getLocalName())
                    || attribute.getNamespaceURI() == null && "delegateExpression".equals(attribute.getName());
            scan(file, element, attribute.getValue(), delegate, references);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                collect(file, childElement, references);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                scan(file, element, child.getNodeValue(), false, references);
            }
        }
    }

    private static void scan(String file, Element element, String text, boolean delegate, List<Reference> references) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            if (delegate) {
                Matcher name = WHOLE_NAME.matcher(body);
                if (!name.matches()) {
                    throw new IllegalArgumentException(file + ": a delegate expression names one bean, not "
                            + expression.group());
                }
                references.add(new Reference(file, idOf(element), expression.group(), name.group(1),
                        delegateType(element)));
                continue;
            }
            Matcher call = METHOD_CALL.matcher(body);
            while (call.find()) {
                if (!ENGINE_OBJECTS.contains(call.group(1))) {
                    references.add(new Reference(file, idOf(element), expression.group(), call.group(1), Object.class));
                }
            }
        }
    }

    /** A task listener is a {@link TaskListener}, an execution listener an {@link ExecutionListener}, else a delegate. */
    private static Class<?> delegateType(Element element) {
        return switch (element.getLocalName()) {
            case "taskListener" -> TaskListener.class;
            case "executionListener" -> ExecutionListener.class;
            default -> JavaDelegate.class;
        };
    }

    /** The id of the element itself or, for a listener or an event definition, of the BPMN element it belongs to. */
    private static String idOf(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id") && !e.getLocalName().endsWith("EventDefinition")) {
                return e.getAttribute("id");
            }
        }
        return "?";
    }
}
