package org.camunda.bpm.engine.impl.cmd;

import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Thi đua: reads the arguments of the engine commands that write on a person's behalf, so that
 * {@code vn.laichau.sxd.thidua.formguard.PersonalWriteGuard} can hold them to the person's task before
 * they run. Camunda keeps these fields protected and offers no getters; this class lives in the
 * commands' package so that the compiler checks every field it reads (an engine upgrade that
 * renames one fails the build, not a request).
 */
public final class CommandArguments {

  private CommandArguments() {
  }

  /** The task a command acts on, or null. */
  public static String taskId(Command<?> command) {
    if (command instanceof CompleteTaskCmd complete) {
      return complete.taskId;
    }
    if (command instanceof SubmitTaskFormCmd submit) {
      return submit.taskId;
    }
    if (command instanceof AddCommentCmd comment) {
      return comment.taskId;
    }
    if (command instanceof UpdateCommentCmd comment) {
      return comment.taskId;
    }
    if (command instanceof DeleteTaskCommentCmd comment) {
      return comment.taskId;
    }
    if (command instanceof CreateAttachmentCmd attachment) {
      return attachment.taskId;
    }
    if (command instanceof DeleteAttachmentCmd attachment) {
      return attachment.taskId;
    }
    if (command instanceof SaveAttachmentCmd attachment) {
      return attachment.attachment == null ? null : attachment.attachment.getTaskId();
    }
    return null;
  }

  /** The variables a task completion or form submission would write. */
  public static Map<String, Object> taskVariables(Command<?> command) {
    if (command instanceof CompleteTaskCmd complete) {
      return complete.variables;
    }
    if (command instanceof SubmitTaskFormCmd submit) {
      return submit.properties;
    }
    return null;
  }

  /** The instantiation a start asks for (definition, variables, start instructions). */
  public static org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl start(Command<?> command) {
    if (command instanceof StartProcessInstanceCmd start) {
      return start.instantiationBuilder;
    }
    if (command instanceof StartProcessInstanceAtActivitiesCmd start) {
      return start.instantiationBuilder;
    }
    return null;
  }

  /** The process definition and variables of a start through a start form. */
  public static String startFormDefinitionId(SubmitStartFormCmd command) {
    return command.processDefinitionId;
  }

  public static Map<String, Object> startFormVariables(SubmitStartFormCmd command) {
    return command.variables;
  }
}
