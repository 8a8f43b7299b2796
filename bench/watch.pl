#!/usr/bin/perl
# Watches what a program writes to a tmux pane, and notes when it reaches each of a list of
# stages, without polling the screen. Used by bench/open.sh and bench/first-frame.sh as
#
#   tmux pipe-pane -t PANE -o "perl bench/watch.pl SOCKET PANE PREFIX STAGE..."
#
# A STAGE is "text:REGEX" or "screen:REGEX", met in order:
#  - text:   REGEX matches the output since the previous stage, escape sequences removed;
#            noted at the arrival of the piece of output that completed the match. Exact, but
#            only for text a program writes in one run (a first frame).
#  - screen: REGEX matches the whole pane as `tmux capture-pane -p` prints it. The pane is
#            captured once each time its output pauses for 15 ms: once a frame, after the
#            frame is written, so one tmux client a frame instead of hundreds a second. Noted
#            at the arrival of the last output before the pause: late by the time the frame
#            took to write, never early. Works for any program (newsboat's curses output too).
# Stage N's time (microseconds since the epoch) goes to PREFIX.N; PREFIX.ready is written
# once the watcher is running, so the start can wait for it and lose nothing.
#
# Why not poll: on 2 CPUs a capture every 5-10 ms (a tmux client process each) and a sleep
# process every 10 ms took so much CPU from the start measured that the whole list at 10,000
# JSON items read 816 ms, where the output's own timestamps gave 440-520 ms (2026-12-02).
#
# It reads the pane to the end, so the program is never held up.
use strict;
use warnings;
use IO::Select;
use Time::HiRes qw(time);

my ($socket, $pane, $prefix, @stages) = @ARGV;
die "usage: watch.pl SOCKET PANE PREFIX (text:REGEX|screen:REGEX)...\n" unless @stages;
my $QUIET = 0.015;
my @kinds;
my @patterns;
for my $stage (@stages) {
    my ($kind, $regex) = $stage =~ /^(text|screen):(.*)$/s or die "watch.pl: not a stage: $stage\n";
    push @kinds, $kind;
    push @patterns, qr/$regex/;
}

sub note {
    my ($n, $t) = @_;
    open(my $out, '>', "$prefix.$n.tmp") or die "$prefix.$n: $!";
    printf $out "%d\n", $t * 1e6;
    close $out;
    rename("$prefix.$n.tmp", "$prefix.$n") or die "$prefix.$n: $!";
}

sub screen {
    open(my $tm, '-|', 'tmux', '-L', $socket, 'capture-pane', '-p', '-t', $pane) or return '';
    my $text = do { local $/; <$tm> } // '';
    close $tm;
    return $text;
}

my $stage = 0;        # the stage sought; past the last, the watcher only reads on
my $text = '';        # output since the previous stage, for a text stage
my $unchecked;        # arrival of the last output not yet seen on a captured screen
binmode STDIN;
my $input = IO::Select->new(\*STDIN);
open(my $ready, '>', "$prefix.ready") or die "$prefix.ready: $!";
print $ready "$$\n";
close $ready;
while (1) {
    if (defined $unchecked && !$input->can_read($QUIET)) {
        my $t = $unchecked;
        undef $unchecked;
        my $screen = screen();
        while ($stage < @stages && $kinds[$stage] eq 'screen' && $screen =~ $patterns[$stage]) {
            note(++$stage, $t);
        }
        next;
    }
    sysread(STDIN, my $chunk, 65536) or last;
    next if $stage >= @stages;
    my $now = time;
    if ($kinds[$stage] eq 'text') {
        $text .= $chunk;
        (my $plain = $text) =~ s/\e\[[0-9;?<=>]*[ -\/]*[@-~]|\e\][^\a\e]*(?:\a|\e\\)|\e[()][0-9A-Za-z]|\e[=>78]//g;
        if ($plain =~ $patterns[$stage]) {
            note(++$stage, $now);
            $text = '';
        } elsif (length($text) > 1 << 20) {
            $text = substr($text, -4096);   # what is sought is in one frame; keep a tail only
        }
    }
    # A screen stage next (or this output, for one): look once the output pauses.
    $unchecked = $now if $stage < @stages && $kinds[$stage] eq 'screen';
}
