package org.verbatim.cli;

/** PLACEHOLDER: the picocli command line. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("verbatim");
    }
}
