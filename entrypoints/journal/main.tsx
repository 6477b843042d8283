import { mountPage } from '../../components/mount-page';
import { JournalConnector } from '../../components/tracker/journal-connector';
import '../../assets/theme.css';
import '../../assets/tracker.css';

mountPage(<JournalConnector />);
